package nl.weerbaarbestuur.ontour.planning.ui;

import nl.weerbaarbestuur.ontour.planning.SessionSummary;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** Session times as an organiser reads them: Amsterdam wall-clock time. */
final class DutchTimeAssert {

    private DutchTimeAssert() {
    }

    static String localStart(SessionSummary session) {
        return DutchTime.inAmsterdam(session.startsAt()).toLocalDateTime().toString();
    }
}
