package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.jspecify.annotations.Nullable;

import nl.weerbaarbestuur.ontour.tourplanning.PlanScore;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import nl.weerbaarbestuur.ontour.tourplanning.Reason;

/**
 * A plan's score in numbers (from the solver) and in sentences, counted from the explanations of its
 * sessions: "alle harde regels gehaald; 3 sessies in een schoolvakantie".
 */
final class ScoreSummary {

    /** The gives-up keys counted in the summary, with the summary key that counts them. */
    private static final List<String[]> COUNTED = List.of(
            new String[] {"tourplan.gives-up.no-trainer", "tourplan.score.without-trainer"},
            new String[] {"tourplan.gives-up.school-holiday", "tourplan.score.school-holidays"},
            new String[] {"tourplan.gives-up.part-of-day", "tourplan.score.part-of-day"},
            new String[] {"tourplan.gives-up.weekday", "tourplan.score.weekdays"},
            new String[] {"tourplan.gives-up.trainer-travel.", "tourplan.score.long-trips"},
            new String[] {"tourplan.gives-up.close-together", "tourplan.score.close-together"},
            new String[] {"tourplan.gives-up.moved", "tourplan.score.moved"});
    private static final Set<String> WISHES = Set.of("tourplan.score.school-holidays", "tourplan.score.part-of-day",
            "tourplan.score.weekdays", "tourplan.score.long-trips", "tourplan.score.close-together");

    private ScoreSummary() {
    }

    static PlanScore of(@Nullable HardMediumSoftScore score, List<ProposedSession> sessions) {
        int hard = score == null ? 0 : (int) -score.hardScore();
        long soft = score == null ? 0 : -score.softScore();
        int unplaced = (int) sessions.stream().filter(s -> !s.placed() && !s.pinned()).count();
        var summary = new ArrayList<Reason>();
        if (sessions.stream().noneMatch(s -> !s.pinned())) {
            summary.add(Reason.of("tourplan.score.nothing-to-plan"));
            return new PlanScore(hard, unplaced, soft, summary);
        }
        summary.add(hard == 0 ? Reason.of("tourplan.score.all-hard-met") : Reason.of("tourplan.score.hard-broken", hard));
        if (unplaced > 0) {
            summary.add(Reason.of("tourplan.score.unplaced", unplaced));
        }
        boolean wishMissed = false;
        for (var counted : COUNTED) {
            long n = sessions.stream().filter(s -> s.givesUp().stream().anyMatch(r -> r.key().startsWith(counted[0]))).count();
            if (n > 0) {
                summary.add(Reason.of(counted[1], n));
                wishMissed |= WISHES.contains(counted[1]);
            }
        }
        if (!wishMissed) {
            summary.add(Reason.of("tourplan.score.all-wishes-met"));
        }
        return new PlanScore(hard, unplaced, soft, summary);
    }
}
