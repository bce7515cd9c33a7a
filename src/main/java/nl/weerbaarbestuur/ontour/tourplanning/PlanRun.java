package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One run of the tour planner as it stands.
 *
 * @param progress  0-100: how far the run is through its time budget (100 when ended)
 * @param score     the best plan's score, in words as well as numbers
 * @param sessions  the best plan so far: every session to hold, placed or not, pinned ones included,
 *                  in date order (unplaced ones last)
 */
public record PlanRun(java.util.UUID id, long tourId, State state, Instant startedAt, Duration elapsed, int progress,
                      PlanScore score, List<ProposedSession> sessions) {

    public PlanRun {
        sessions = List.copyOf(sessions);
    }

    public enum State {
        /** The solver is working; the plan may still improve. */
        SOLVING,
        /** The time budget ran out or the solver found nothing better to try. */
        DONE,
        /** An organiser stopped it. */
        STOPPED,
        /** It ended on an error (e.g. a trainer was deleted during the run); the plan is what it was. */
        FAILED
    }

    public boolean ended() {
        return state != State.SOLVING;
    }
}
