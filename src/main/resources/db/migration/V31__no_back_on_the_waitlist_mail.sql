-- The "back on the waiting list" invite mail (INVITE_WAITLISTED) is gone: only a registration that
-- never held a seat joins the waitlist, so it never had a calendar entry to withdraw and the mail was
-- never sent. An organiser's edited text of it would no longer load (MailType has no such value).
DELETE FROM mail_template WHERE message_type = 'INVITE_WAITLISTED';
