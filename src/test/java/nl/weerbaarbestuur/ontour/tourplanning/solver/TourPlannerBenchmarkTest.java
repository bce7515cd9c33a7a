package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.event.BestSolutionChangedEvent;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What the planner achieves in how long, printed, never asserted. A tour as tight as a real one
 * ({@link SampleTours#realistic}): 48 sessions (four per province) over 20 weeks (200 slots) with five
 * trainers, each away a quarter of the days and with a weekly maximum; every province has two weekdays
 * that never suit, a three-week recess and wishes it cannot all have; school holidays cover about four
 * weeks per region. Also one session per province (twelve) on the same tour, for comparison.
 * <p>
 * For each: the time to the first plan that breaks no hard rule with every session placed (and with a
 * trainer), the best score after 5, 10 and 30 seconds, where "no improvement for N seconds" (the
 * setting {@code ontour.tourplanner.unimproved-time-limit}) would have ended the run and with what
 * score, and the heap the solved plan retains. Run with
 * {@code ./mvnw test -Dtest=TourPlannerBenchmarkTest -Dgroups=benchmark -DexcludedGroups=}.
 */
@Tag("benchmark")
class TourPlannerBenchmarkTest {

    private static final Duration BUDGET = Duration.ofSeconds(30);
    private static final long SEED = 7;

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
        var input = SampleTours.realistic(perProvince, weeks, trainers, SEED);
        var problem = ScheduleFactory.build(input, LocalDate.of(2027, 1, 1));
        var history = new ArrayList<Best>();
        solver.addEventListener((BestSolutionChangedEvent<TourSchedule> event) ->
                history.add(new Best(event.getTimeMillisSpent(), (HardMediumSoftScore) event.getNewBestScore(),
                        event.getNewBestSolution().getVisits().stream().filter(v -> !v.placed()).count())));
        var memory = ManagementFactory.getMemoryMXBean();
        System.gc();
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
        Reference.reachabilityFence(solution);

        int unsuitable = input.provinces().stream().mapToInt(p -> p.unsuitableDates().size()).sum();
        int away = input.trainers().stream().mapToInt(t -> t.unavailableDates().size()).sum();
        long days = input.firstDay().datesUntil(input.lastDay().plusDays(1)).count();
        var out = new StringBuilder("\n=== Tour planner benchmark: ").append(name).append(" ===\n");
        out.append(String.format("problem: %d sessions, %d slots, %d trainers; %d processors, load %.2f at the end; seed %d%n",
                problem.getVisits().size(), problem.getSlots().size(), problem.getTrainers().size(),
                Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                SEED));
        out.append(String.format("input: %.0f%% of the days unsuitable per province on average, trainers away %.0f%% of the days,"
                        + " weekly maxima %s, %d school holidays%n",
                100.0 * unsuitable / (input.provinces().size() * days), 100.0 * away / (input.trainers().size() * days),
                input.trainers().stream().map(t -> String.valueOf(t.maxPerWeek())).toList(), input.schoolHolidays().size()));
        out.append("first plan that meets every hard rule with every session placed: ")
                .append(firstWhere(history, b -> b.score().hardScore() == 0 && b.unplaced() == 0)).append('\n');
        out.append("... and every session with a trainer: ")
                .append(firstWhere(history, b -> b.score().hardScore() == 0 && b.score().mediumScore() == 0)).append('\n');
        for (long at : List.of(5_000L, 10_000L, 30_000L)) {
            out.append(String.format("best after %2d s: %s%n", at / 1000, bestAt(history, at)));
        }
        for (long seconds : List.of(1L, 2L, 5L, 10L)) {
            out.append(String.format("'no improvement for %2d s' would have stopped it %s%n", seconds,
                    unimprovedStop(history, seconds * 1000, solvedMillis)));
        }
        out.append(String.format("solve ended after %d ms with %s (%d improvements)%n", solvedMillis, solution.getScore(),
                history.size()));
        out.append(String.format("summary: hard broken %d, unplaced %d, soft penalty %d, %s%n", score.hardBroken(),
                score.unplaced(), score.softPenalty(), score.summary()));
        out.append(String.format("explanations for %d sessions: %d ms%n", sessions.size(), explainMillis));
        out.append(String.format("heap used: %d MB before, %d MB at the end (before GC), %d MB retained after GC"
                + " with the solved plan and the solver still referenced%n", heapBefore >> 20, heapAfter >> 20, heapRetained >> 20));
        System.out.println(out);
        Reference.reachabilityFence(solver);
    }

    private static String firstWhere(List<Best> history, Predicate<Best> test) {
        return history.stream().filter(test).findFirst()
                .map(b -> b.millis() + " ms (" + b.score() + ")").orElse("never");
    }

    private static String bestAt(List<Best> history, long millis) {
        return history.stream().filter(b -> b.millis() <= millis).reduce((a, b) -> b)
                .map(b -> b.score() + " (found at " + b.millis() + " ms" + (b.unplaced() > 0
                        ? "; still constructing: " + b.unplaced() + " sessions not placed yet)" : ")"))
                .orElse("none yet");
    }

    /**
     * Where a run that ends after {@code limitMillis} without a better plan would have ended: at the
     * first improvement not followed by another within the limit, with that improvement's score.
     */
    static String unimprovedStop(List<Best> history, long limitMillis, long endMillis) {
        // Counted from the first complete plan (the construction heuristic's end, which reports no
        // better plan before it is done): what matters is how long the search then runs without gain.
        int from = 0;
        while (from < history.size() && (history.get(from).unplaced() > 0 || history.get(from).score().mediumScore() < 0)) {
            from++;
        }
        if (from == history.size()) {
            from = 0;
        }
        for (int i = from; i < history.size(); i++) {
            long next = i + 1 < history.size() ? history.get(i + 1).millis() : endMillis;
            if (next - history.get(i).millis() > limitMillis) {
                var at = history.get(i);
                return String.format("at %d ms with %s", at.millis() + limitMillis, at.score());
            }
        }
        return "never within the budget";
    }
}
