-- Reminders: a tour may set its own days before a session on which participants are reminded
-- ("7,1"); without it the application default (ontour.reminders.days) applies. Which reminders
-- were sent is not stored here: each reminder is an outbox message with a unique key naming the
-- registration, the day and the session's start, so a reschedule yields new reminders and a
-- restart none twice.
ALTER TABLE tour ADD COLUMN reminder_days VARCHAR(40) NULL;
