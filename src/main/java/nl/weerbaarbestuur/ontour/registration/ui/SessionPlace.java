package nl.weerbaarbestuur.ontour.registration.ui;

import java.util.Optional;
import nl.weerbaarbestuur.ontour.planning.PublicSession;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;

/**
 * Where a session is, as one line, for whom may know it: the full address from the session's facts (a
 * confirmed participant), else what the public view holds, which for a closed session is only the
 * town.
 */
final class SessionPlace {

    private SessionPlace() {
    }

    /** " · venue, address" or " · town", or empty (online, or nothing to say). */
    static String suffix(PublicSession session, Optional<SessionFacts> confirmed) {
        if (confirmed.isPresent() && confirmed.get().place().name() != null) {
            var p = confirmed.get().place();
            return " · " + p.name() + ", " + p.address() + (p.room() == null ? "" : " (" + p.room() + ")");
        }
        if (session.venueName() != null) {
            return " · " + session.venueName() + ", " + session.venueAddress();
        }
        return session.closed() && session.venueTown() != null && session.format().hasVenue() ? " · " + session.venueTown() : "";
    }
}
