package nl.weerbaarbestuur.ontour.attendance;

import java.time.Duration;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * When the griffie of the session's province sees everyone on the check-in sheet, also the
 * participants from other provinces: from two hours before the start until the end of the day
 * (Amsterdam) on which the session ends (for a session past midnight: the day it ends). Outside
 * it the griffie sees only its own province's people, as in the attendee list.
 */
public final class CheckInWindow {

    public static final Duration BEFORE_START = Duration.ofHours(2);

    private CheckInWindow() {
    }

    public static Instant opensAt(Instant startsAt) {
        return startsAt.minus(BEFORE_START);
    }

    /** The first instant after the window: midnight (Amsterdam) after the session's last day. */
    public static Instant closesAt(Instant endsAt) {
        return DutchTime.inAmsterdam(endsAt).toLocalDate().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant();
    }

    public static boolean isOpen(Instant startsAt, Instant endsAt, Instant now) {
        return !now.isBefore(opensAt(startsAt)) && now.isBefore(closesAt(endsAt));
    }
}
