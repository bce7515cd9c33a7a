package nl.weerbaarbestuur.ontour.registration.ui;

import java.util.Optional;
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
    static String suffix(SessionFacts session, Optional<SessionFacts> confirmed) {
        if (confirmed.isPresent() && confirmed.get().place().name() != null) {
            var p = confirmed.get().place();
            return " · " + p.name() + ", " + p.address() + (p.room() == null ? "" : " (" + p.room() + ")");
        }
        if (session.place().name() != null) {
            return " · " + session.place().name() + ", " + session.place().address();
        }
        return session.closed() && session.place().town() != null && session.format().hasVenue() ? " · " + session.place().town() : "";
    }
}
