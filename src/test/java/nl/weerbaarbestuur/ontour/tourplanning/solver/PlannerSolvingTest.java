package nl.weerbaarbestuur.ontour.tourplanning.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.config.solver.EnvironmentMode;
import org.junit.jupiter.api.Test;

import nl.weerbaarbestuur.ontour.tourplanning.PlanScore;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import nl.weerbaarbestuur.ontour.tourplanning.Reason;

/**
 * The solver on inputs made in code, without Spring: a plan meets the hard rules (checked by rules
 * written again, not by the solver's score), says why each session sits where it does, pins what is
 * pinned, says why a session could not be placed, moves few drafts on a re-plan, and is repeatable.
 * Each run stops after a fixed number of moves with a fixed seed, so it gives the same plan on any
 * machine, however busy.
 */
class PlannerSolvingTest {

    private static final LocalDate BEFORE_THE_TOUR = LocalDate.of(2027, 1, 1);

    private record Plan(TourSchedule schedule, List<ProposedSession> sessions, PlanScore score) {
    }

    private static Plan solve(PlanningInput input, LocalDate firstPlannableDay, long moves) {
        var settings = new TourPlannerSettings(Duration.ofMinutes(5), Duration.ofMinutes(5), moves, 42,
                EnvironmentMode.PHASE_ASSERT, 20, Duration.ofHours(1));
        var problem = ScheduleFactory.build(input, firstPlannableDay);
        var solution = problem.hasWork()
                ? SolverFactory.<TourSchedule>create(SolverConfiguration.solverConfig(settings)).buildSolver().solve(problem)
                : problem;
        var sessions = new PlanExplainer(solution).sessions();
        return new Plan(solution, sessions, ScoreSummary.of(solution.getScore(), sessions));
    }

    @Test
    void a_generated_tour_meets_every_hard_rule_and_every_session_says_why_it_sits_there() {
        var input = SampleTours.generated(1, 8, 3, 11);

        var plan = solve(input, BEFORE_THE_TOUR, 30_000);

        assertThat(HardRuleCheck.violations(input, HardRuleCheck.of(plan.sessions()))).isEmpty();
        assertThat(plan.score().feasible()).isTrue();
        assertThat(plan.score().unplaced()).isZero();
        assertThat(plan.score().summary().getFirst().key()).isEqualTo("tourplan.score.all-hard-met");
        assertThat(plan.sessions()).hasSize(12).allSatisfy(s -> {
            assertThat(s.placed()).isTrue();
            assertThat(s.why()).isNotEmpty();
            assertThat(s.givesUp()).extracting(Reason::key).noneMatch(PlannerSolvingTest::hardRuleReason);
        });
        assertThat(plan.sessions()).extracting(ProposedSession::date).isSorted();
    }

    @Test
    void a_period_too_short_says_which_sessions_could_not_be_placed_and_why() {
        var week = LocalDate.of(2027, 3, 1);
        var input = SampleTours.input(week, week.plusDays(6), SampleTours.allProvinces(2), trainers(3),
                List.of(), List.of(), List.of());

        var plan = solve(input, BEFORE_THE_TOUR, 20_000);

        assertThat(plan.score().unplaced()).isEqualTo(12);
        assertThat(plan.score().summary()).extracting(Reason::key).contains("tourplan.score.unplaced");
        var unplaced = plan.sessions().stream().filter(s -> !s.placed()).toList();
        assertThat(unplaced).hasSize(12).allSatisfy(s -> assertThat(s.givesUp()).first()
                .isEqualTo(Reason.of("tourplan.unplaced.period-too-short", 1, 2L)));
        assertThat(plan.sessions().stream().filter(ProposedSession::placed)).hasSize(12);
        assertThat(HardRuleCheck.violations(input, HardRuleCheck.of(plan.sessions()))).isEmpty();
    }

    @Test
    void a_tour_that_lies_in_the_past_plans_nothing_and_says_so() {
        var input = SampleTours.input(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 31), SampleTours.allProvinces(1),
                trainers(2), List.of(), List.of(), List.of());

        var plan = solve(input, LocalDate.of(2027, 6, 1), 1_000);

        assertThat(plan.sessions()).hasSize(12).allSatisfy(s -> {
            assertThat(s.placed()).isFalse();
            assertThat(s.givesUp()).containsExactly(Reason.of("tourplan.unplaced.no-dates"));
        });
        assertThat(plan.score().unplaced()).isEqualTo(12);
    }

    @Test
    void unsuitable_dates_and_holidays_that_leave_no_day_are_named() {
        var monday = LocalDate.of(2027, 4, 26);
        var utrecht = SampleTours.province("UT", 1);
        var wishes = new PlanningInput.ProvinceWishes("UT", "Utrecht", 1,
                java.util.Map.of(monday, "Statenvergadering", monday.plusDays(2), "Commissie", monday.plusDays(3), "Reces",
                        monday.plusDays(4), "Reces"), null, Set.of(), utrecht.regions(), true, utrecht.latitude(), utrecht.longitude());
        var input = SampleTours.input(monday, monday.plusDays(4), List.of(wishes), trainers(1), List.of(),
                List.of(new PlanningInput.Holiday(monday.plusDays(1), "holiday.kings-day", false)), List.of());

        var plan = solve(input, BEFORE_THE_TOUR, 2_000);

        assertThat(plan.sessions()).singleElement().satisfies(s -> {
            assertThat(s.placed()).isFalse();
            assertThat(s.givesUp()).containsExactly(Reason.of("tourplan.unplaced.unsuitable-dates", 4),
                    Reason.of("tourplan.unplaced.public-holidays", 1));
        });
    }

    @Test
    void pinned_sessions_never_move_even_on_a_saturday_and_new_ones_plan_around_their_trainers() {
        var input = SampleTours.generated(1, 6, 2, 5);
        var tuesday = LocalDate.of(2027, 3, 9);
        var pinned = List.of(
                new PlanningInput.PlannedSession(901, "UT", tuesday, LocalTime.of(19, 0), LocalTime.of(21, 30), Set.of(1L), true),
                new PlanningInput.PlannedSession(902, "GR", tuesday, LocalTime.of(13, 0), LocalTime.of(15, 0), Set.of(2L), true),
                new PlanningInput.PlannedSession(903, "LI", tuesday.plusDays(4), LocalTime.of(10, 0), LocalTime.of(12, 0), Set.of(1L, 2L), true));
        var withPinned = new PlanningInput(1, "Testtour", input.firstDay(), input.lastDay(), input.slotShapes(),
                input.provinces(), input.trainers(), input.schoolHolidays(), input.holidays(), pinned);

        var plan = solve(withPinned, BEFORE_THE_TOUR, 30_000);

        assertThat(plan.sessions()).hasSize(12);
        assertThat(plan.sessions()).filteredOn(ProposedSession::pinned).hasSize(3).allSatisfy(s -> {
            assertThat(s.date()).isIn(tuesday, tuesday.plusDays(4));
            assertThat(s.moved()).isFalse();
            assertThat(s.why()).containsExactly(Reason.of("tourplan.why.pinned"));
        });
        assertThat(plan.sessions()).filteredOn(s -> "s901".equals(s.key())).singleElement()
                .satisfies(s -> assertThat(s.start()).isEqualTo(LocalTime.of(19, 0)));
        assertThat(plan.sessions()).filteredOn(s -> "s903".equals(s.key())).singleElement()
                .satisfies(s -> assertThat(s.trainerName()).isEqualTo("Trainer 1, Trainer 2"));
        assertThat(plan.sessions()).filteredOn(s -> List.of("UT", "GR", "LI").contains(s.provinceCode())).hasSize(3);
        assertThat(plan.sessions()).filteredOn(s -> !s.pinned() && s.date().equals(tuesday.plusDays(4))).isEmpty();
        assertThat(HardRuleCheck.violations(withPinned, HardRuleCheck.of(plan.sessions()))).isEmpty();
    }

    @Test
    void a_re_plan_after_a_trainer_drops_out_moves_only_that_trainers_drafts() {
        var input = SampleTours.generated(1, 8, 3, 23);
        var first = solve(input, BEFORE_THE_TOUR, 30_000);
        var drafts = new ArrayList<PlanningInput.PlannedSession>();
        for (var s : first.sessions()) {
            drafts.add(new PlanningInput.PlannedSession(1000 + drafts.size(), s.provinceCode(), s.date(), s.start(), s.end(),
                    s.trainerId() == null ? Set.of() : Set.of(s.trainerId()), false));
        }
        var dropped = input.trainers().getFirst();
        var without = new PlanningInput(1, "Testtour", input.firstDay(), input.lastDay(), input.slotShapes(), input.provinces(),
                input.trainers().subList(1, input.trainers().size()), input.schoolHolidays(), input.holidays(), drafts);

        var replan = solve(without, BEFORE_THE_TOUR, 30_000);

        var hadDropped = drafts.stream().filter(d -> d.trainerIds().contains(dropped.trainerId()))
                .map(d -> "s" + d.sessionId()).toList();
        assertThat(hadDropped).isNotEmpty();
        assertThat(replan.sessions()).hasSize(12).allSatisfy(s -> {
            assertThat(s.existingSessionId()).isNotNull();
            if (!hadDropped.contains(s.key())) {
                assertThat(s.moved()).as("%s kept its trainer, so it stays", s.key()).isFalse();
            }
        });
        assertThat(HardRuleCheck.violations(without, HardRuleCheck.of(replan.sessions()))).isEmpty();
    }

    @Test
    void the_same_input_seed_and_move_limit_give_the_same_plan() {
        var input = SampleTours.generated(1, 8, 3, 3);

        var once = solve(input, BEFORE_THE_TOUR, 10_000);
        var again = solve(input, BEFORE_THE_TOUR, 10_000);

        assertThat(again.sessions()).isEqualTo(once.sessions());
        assertThat(again.schedule().getScore()).isEqualTo(once.schedule().getScore());
    }

    private static List<PlanningInput.TrainerAvailability> trainers(int count) {
        var all = new ArrayList<PlanningInput.TrainerAvailability>();
        for (long id = 1; id <= count; id++) {
            all.add(new PlanningInput.TrainerAvailability(id, "Trainer " + id, Set.of(), null));
        }
        return all;
    }

    private static boolean hardRuleReason(String key) {
        return Set.of("tourplan.gives-up.trainer-double-booked", "tourplan.gives-up.trainer-unavailable",
                "tourplan.gives-up.trainer-max-per-week", "tourplan.gives-up.unsuitable-date",
                "tourplan.gives-up.public-holiday", "tourplan.gives-up.province-same-week").contains(key);
    }
}
