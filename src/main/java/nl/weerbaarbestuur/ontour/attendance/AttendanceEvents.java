package nl.weerbaarbestuur.ontour.attendance;

import java.time.Instant;
import java.util.List;

/** Events of attendance, for the follow-up mail and the live check-in pages. Ids and facts only. */
public final class AttendanceEvents {

    private AttendanceEvents() {
    }

    /** Someone was checked in at a session (a walk-in registered at the door too). */
    public record AttendeeCheckedIn(long registrationId, long sessionId, Instant checkedInAt, boolean walkIn) {
    }

    /** A check-in was taken back (tapped by mistake). */
    public record CheckInUndone(long registrationId, long sessionId) {
    }

    /** After the session, the confirmed people who were not checked in were marked as not present. */
    public record NoShowsRecorded(long sessionId, List<Long> registrationIds) {
    }
}
