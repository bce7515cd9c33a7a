package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One session of a proposed plan, with why it sits where it does and what it gives up, computed
 * from the same rules the solver scores.
 *
 * @param key               stable within a run: what {@link TourPlanner#accept} takes
 * @param date              null when the session could not be placed
 * @param trainerId         null when no trainer could be given
 * @param existingSessionId the draft or pinned session this stands for; null for a new one
 * @param pinned            an existing session the planner may not move (published or registered)
 * @param moved             an existing draft the plan moves to another day or trainer
 * @param why               what speaks for this place ("past de voorkeur van de griffie: dinsdagavond")
 * @param givesUp           what it gives up ("valt in de herfstvakantie regio Noord"), and for an unplaced
 *                          session why it could not be placed
 */
public record ProposedSession(String key, String provinceCode, String provinceName, @Nullable LocalDate date,
                              @Nullable LocalTime start, @Nullable LocalTime end, @Nullable Long trainerId,
                              @Nullable String trainerName, @Nullable Long existingSessionId, boolean pinned,
                              boolean moved, List<Reason> why, List<Reason> givesUp) {

    public ProposedSession {
        why = List.copyOf(why);
        givesUp = List.copyOf(givesUp);
    }

    public boolean placed() {
        return date != null;
    }
}
