package nl.weerbaarbestuur.ontour.tourplanning;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Proposes a whole tour: a run of the solver in the background over a tour's {@link PlanningInput},
 * whose best plan so far can be read at any moment, stopped, and accepted (all or per session) as
 * draft sessions that the session editor and the publish flow take over. Organisers only; every
 * method checks the role itself.
 */
public interface TourPlanner {

    /**
     * Starts a run for the tour and returns at once. A second start for a tour whose run is still
     * solving returns the running one's id.
     *
     * @throws nl.weerbaarbestuur.ontour.shared.NotFoundException when the tour does not exist
     */
    UUID propose(long tourId);

    /** The run as it stands: its state and the best plan so far; empty for an unknown (or forgotten) id. */
    Optional<PlanRun> run(UUID runId);

    /** Ends a solving run early; its best plan so far stays and may be accepted. Nothing happens to an ended run. */
    void stop(UUID runId);

    /**
     * Turns the proposed sessions with these keys (see {@link ProposedSession#key()}) into draft
     * sessions, or moves the existing drafts they stand for; pinned and unplaced proposals are skipped.
     * Accepting a key twice has no second effect.
     *
     * @return the ids of the sessions created or moved
     * @throws nl.weerbaarbestuur.ontour.shared.BusinessRuleException when the run is still solving
     */
    List<Long> accept(UUID runId, Set<String> proposalKeys);
}
