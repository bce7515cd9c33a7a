package nl.weerbaarbestuur.ontour.calendar;

import java.time.Instant;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.jspecify.annotations.Nullable;

/**
 * The significant facts of a session for a calendar: a change in any of them (time, venue, online
 * link, status) raises the SEQUENCE and is told to the participant. Title or description edits are not
 * significant on their own; they travel with the next update.
 *
 * @param location venue name, room and full address; null for an online session
 */
record InviteFacts(Instant start, Instant end, @Nullable String location, @Nullable String meetingUrl, boolean cancelled) {

    static InviteFacts of(SessionFacts s) {
        return new InviteFacts(s.startsAt(), s.endsAt(), location(s),
                s.format().hasMeetingLink() ? s.meetingUrl() : null, s.status() == SessionStatus.CANCELLED);
    }

    static @Nullable String location(SessionFacts s) {
        var place = s.place();
        if (!s.format().hasVenue() || place.address() == null) {
            return null;
        }
        var name = place.name() == null ? "" : place.name();
        var room = place.room() == null || place.room().isBlank() ? "" : " (" + place.room().strip() + ")";
        return name + room + ", " + place.address();
    }

    String fingerprint() {
        return SecretTokens.hash(start + "|" + end + "|" + location + "|" + meetingUrl + "|" + cancelled);
    }
}
