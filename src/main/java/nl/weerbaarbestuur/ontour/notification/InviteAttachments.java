package nl.weerbaarbestuur.ontour.notification;

import java.util.Optional;

/**
 * A participant's current calendar invite, for mails that carry it again (reminders). Implemented
 * by the calendar module ({@code CalendarInvites}); declared here so that this module can use it
 * without depending on the calendar module (which depends on this one for the outbox).
 * Attach the result with {@link OutgoingMessage#withCalendar(String, String)}.
 */
public interface InviteAttachments {

    /** An .ics text and its iTIP method (e.g. REQUEST). */
    record Invite(String method, String ics) {
    }

    /** The invite as the participant's calendar should now hold it; empty without a seat or for a cancelled session. */
    Optional<Invite> currentInvite(long registrationId);
}
