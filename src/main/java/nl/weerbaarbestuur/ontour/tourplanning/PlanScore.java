package nl.weerbaarbestuur.ontour.tourplanning;

import java.util.List;

/**
 * A plan's score for people: how many hard rules it breaks, how many sessions it could not place,
 * the soft penalty, and sentences that say it ("alle harde regels gehaald", "3 sessies in een
 * schoolvakantie") as translatable {@link Reason}s.
 */
public record PlanScore(int hardBroken, int unplaced, long softPenalty, List<Reason> summary) {

    public PlanScore {
        summary = List.copyOf(summary);
    }

    public boolean feasible() {
        return hardBroken == 0;
    }
}
