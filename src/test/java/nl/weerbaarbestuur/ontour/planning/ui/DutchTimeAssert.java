package nl.weerbaarbestuur.ontour.planning.ui;

import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** Session times as an organiser reads them: Amsterdam wall-clock time. */
final class DutchTimeAssert {

    private DutchTimeAssert() {
    }

    static String localStart(SessionFacts session) {
        return DutchTime.inAmsterdam(session.startsAt()).toLocalDateTime().toString();
    }
}
