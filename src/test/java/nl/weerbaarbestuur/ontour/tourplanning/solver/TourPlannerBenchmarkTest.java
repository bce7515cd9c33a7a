package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the planner achieves in how long, printed, never asserted: a generated tour of 48 sessions
 * (four per province) over 20 weeks with five trainers and realistic unavailability, and a tour of
 * twelve (one per province) for comparison. For each: the time to the first plan that breaks no hard
 * rule, the time to one that also places every session with a trainer, the score after 5, 10 and 30
 * seconds, and the heap in use. Run with
 * {@code ./mvnw test -Dtest=TourPlannerBenchmarkTest -Dgroups=benchmark -DexcludedGroups=}.
 */
@Tag("benchmark")
class TourPlannerBenchmarkTest {

    private static final Duration BUDGET = Duration.ofSeconds(30);

    @Test
    void forty_eight_sessions_over_twenty_weeks_with_five_trainers() {
        measure("48 sessions, 20 weeks, 5 trainers", 4, 20, 5);
    }

    @Test
    void twelve_sessions_over_twenty_weeks_with_five_trainers() {
        measure("12 sessions, 20 weeks, 5 trainers", 1, 20, 5);
    }

    private record Best(long millis, HardMediumSoftScore score, long unplaced) {
    }

    private static void measure(String name, int perProvince, int weeks, int trainers) {
        var settings = new TourPlannerSettings(BUDGET, BUDGET, null, 0, EnvironmentMode.NO_ASSERT, 20, Duration.ofHours(1));
        var solver = SolverFactory.<TourSchedule>create(SolverConfiguration.solverConfig(settings)).buildSolver();
        var problem = ScheduleFactory.build(SampleTours.generated(perProvince, weeks, trainers, 7), LocalDate.of(2027, 1, 1));
        var history = new ArrayList<Best>();
        solver.addEventListener((BestSolutionChangedEvent<TourSchedule> event) ->
                history.add(new Best(event.getTimeMillisSpent(), (HardMediumSoftScore) event.getNewBestScore(),
                        event.getNewBestSolution().getVisits().stream().filter(v -> !v.placed()).count())));
        System.gc();
        var memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = memory.getHeapMemoryUsage().getUsed();
        long started = System.nanoTime();
        var solution = solver.solve(problem);
        long solvedMillis = (System.nanoTime() - started) / 1_000_000;
        long heapAfter = memory.getHeapMemoryUsage().getUsed();
        long explainStart = System.nanoTime();
        var sessions = new PlanExplainer(solution).sessions();
        var score = ScoreSummary.of(solution.getScore(), sessions);
        long explainMillis = (System.nanoTime() - explainStart) / 1_000_000;
        System.gc();
        long heapRetained = memory.getHeapMemoryUsage().getUsed();

        var out = new StringBuilder("\n=== Tour planner benchmark: ").append(name).append(" ===\n");
        out.append(String.format("problem: %d sessions, %d slots, %d trainers; %d processors; seed 7%n",
                problem.getVisits().size(), problem.getSlots().size(), problem.getTrainers().size(),
                Runtime.getRuntime().availableProcessors()));
        out.append("first plan that meets every hard rule with every session placed: ")
                .append(firstWhere(history, b -> b.score().hardScore() == 0 && b.unplaced() == 0)).append('\n');
        out.append("... and every session with a trainer: ")
                .append(firstWhere(history, b -> b.score().hardScore() == 0 && b.score().mediumScore() == 0)).append('\n');
        for (long at : List.of(5_000L, 10_000L, 30_000L)) {
            out.append(String.format("best after %2d s: %s%n", at / 1000, bestAt(history, at)));
        }
        out.append(String.format("solve ended after %d ms with %s (%d improvements)%n", solvedMillis, solution.getScore(),
                history.size()));
        out.append(String.format("summary: hard broken %d, unplaced %d, soft penalty %d, %s%n", score.hardBroken(),
                score.unplaced(), score.softPenalty(), score.summary()));
        out.append(String.format("explanations for %d sessions: %d ms%n", sessions.size(), explainMillis));
        out.append(String.format("heap used: %d MB before, %d MB at the end (before GC), %d MB retained after GC%n",
                heapBefore >> 20, heapAfter >> 20, heapRetained >> 20));
        System.out.println(out);
    }

    private static String firstWhere(List<Best> history, java.util.function.Predicate<Best> test) {
        return history.stream().filter(test).findFirst()
                .map(b -> b.millis() + " ms (" + b.score() + ")").orElse("never");
    }

    private static String bestAt(List<Best> history, long millis) {
        return history.stream().filter(b -> b.millis() <= millis).reduce((a, b) -> b)
                .map(b -> b.score() + " (found at " + b.millis() + " ms)").orElse("none yet");
    }
}
