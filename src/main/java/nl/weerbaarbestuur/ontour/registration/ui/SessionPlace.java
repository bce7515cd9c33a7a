package nl.weerbaarbestuur.ontour.registration.ui;

import java.util.Optional;
import nl.weerbaarbestuur.ontour.planning.PublicSession;
import nl.weerbaarbestuur.ontour.planning.SessionBriefing;

/**
 * Where a session is, as one line, for whom may know it: the full address from the briefing (a
 * confirmed participant), else what the public view holds, which for a closed session is only the
 * town.
 */
final class SessionPlace {

    private SessionPlace() {
    }

    /** " · venue, address" or " · town", or empty (online, or nothing to say). */
    static String suffix(PublicSession session, Optional<SessionBriefing> confirmed) {
        if (confirmed.isPresent() && confirmed.get().venueName() != null) {
            var b = confirmed.get();
            return " · " + b.venueName() + ", " + b.venueAddress() + (b.venueRoom() == null ? "" : " (" + b.venueRoom() + ")");
        }
        if (session.venueName() != null) {
            return " · " + session.venueName() + ", " + session.venueAddress();
        }
        return session.closed() && session.venueTown() != null && session.format().hasVenue() ? " · " + session.venueTown() : "";
    }
}
