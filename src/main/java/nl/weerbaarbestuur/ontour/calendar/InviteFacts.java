package nl.weerbaarbestuur.ontour.calendar;

import java.time.Instant;
import nl.weerbaarbestuur.ontour.planning.CalendarSession;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;

/**
 * The significant facts of a session for a calendar: a change in any of them (time, venue, online
 * link, status) raises the SEQUENCE and is told to the participant. Title or description edits are not
 * significant on their own; they travel with the next update.
 *
 * @param location venue name, room and full address; null for an online session
 */
record InviteFacts(Instant start, Instant end, String location, String meetingUrl, boolean cancelled) {

    static InviteFacts of(CalendarSession s) {
        return new InviteFacts(s.startsAt(), s.endsAt(), location(s),
                s.format().hasMeetingLink() ? s.meetingUrl() : null, s.status() == SessionStatus.CANCELLED);
    }

    static String location(CalendarSession s) {
        if (!s.format().hasVenue() || s.venueAddress() == null) {
            return null;
        }
        var name = s.venueName() == null ? "" : s.venueName();
        var room = s.venueRoom() == null || s.venueRoom().isBlank() ? "" : " (" + s.venueRoom().strip() + ")";
        return name + room + ", " + s.venueAddress();
    }

    String fingerprint() {
        return SecretTokens.hash(start + "|" + end + "|" + location + "|" + meetingUrl + "|" + cancelled);
    }
}
