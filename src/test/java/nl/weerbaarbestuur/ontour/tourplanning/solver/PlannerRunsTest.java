package nl.weerbaarbestuur.ontour.tourplanning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.junit.jupiter.api.Test;

import nl.weerbaarbestuur.ontour.tourplanning.PlanRun;

/** Runs are kept in memory only so long and so many: the memory a planner holds stays bounded. */
class PlannerRunsTest {

    private static final long HOUR = Duration.ofHours(1).toNanos();

    private final PlannerRuns runs = new PlannerRuns(
            new TourPlannerSettings(Duration.ofSeconds(30), Duration.ofSeconds(10), null, 0, EnvironmentMode.NO_ASSERT, 3,
                    Duration.ofHours(6)));
    private final List<PlannerRun> stopped = new ArrayList<>();

    private static PlannerRun run(long startNanos) {
        var input = SampleTours.generated(1, 2, 1, 1);
        return new PlannerRun(UUID.randomUUID(), input, ScheduleFactory.build(input, LocalDate.of(2027, 1, 1)),
                Instant.parse("2027-02-01T09:00:00Z"), startNanos, Duration.ofSeconds(30));
    }

    @Test
    void the_oldest_ended_run_makes_room_first_and_a_solving_one_only_when_all_solve() {
        var ended = run(0);
        ended.finish(null, false, 1);
        var solving1 = run(2);
        var solving2 = run(3);
        runs.add(ended, 4, stopped::add);
        runs.add(solving1, 5, stopped::add);
        runs.add(solving2, 6, stopped::add);

        var newest = run(7);
        runs.add(newest, 8, stopped::add);

        assertThat(runs.size()).isEqualTo(3);
        assertThat(runs.get(ended.id(), 9)).isEmpty();
        assertThat(stopped).isEmpty();

        runs.add(run(10), 11, stopped::add);
        assertThat(stopped).containsExactly(solving1);
        assertThat(runs.get(solving1.id(), 12)).isEmpty();
    }

    @Test
    void an_ended_run_is_forgotten_after_the_set_time_and_a_solving_one_is_not() {
        var ended = run(0);
        ended.finish(null, false, HOUR);
        var solving = run(0);
        runs.add(ended, HOUR, stopped::add);
        runs.add(solving, HOUR, stopped::add);

        assertThat(runs.get(ended.id(), 6 * HOUR)).isPresent();
        assertThat(runs.get(ended.id(), 8 * HOUR)).isEmpty();
        assertThat(runs.get(solving.id(), 100 * HOUR)).isPresent();
        assertThat(runs.solvingFor(solving.tourId())).contains(solving);
    }

    @Test
    void the_first_end_counts_and_a_later_final_plan_still_replaces_the_best() {
        var run = run(0);
        run.requestStop();
        run.finish(null, false, 5);
        run.finish(null, true, 9);

        var view = run.view(20);

        assertThat(view.state()).isEqualTo(PlanRun.State.STOPPED);
        assertThat(view.progress()).isEqualTo(100);
        assertThat(view.elapsed()).isEqualTo(Duration.ofNanos(5));
    }
}
