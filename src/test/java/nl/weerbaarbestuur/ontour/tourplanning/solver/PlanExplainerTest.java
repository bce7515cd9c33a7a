package nl.weerbaarbestuur.ontour.tourplanning.solver;

import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.ANNA;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.BOB;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.GRONINGEN;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.MONDAY;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.TUESDAY;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.UTRECHT;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.afternoon;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.draft;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.evening;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.visit;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.withWishes;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.junit.jupiter.api.Test;

import nl.weerbaarbestuur.ontour.shared.MessageKey;
import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.Reason;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolRegion;

/** What a plan says about each session, and about itself, follows from the same rules the solver scores. */
class PlanExplainerTest {

    private static final PlanningInput.SchoolHoliday SPRING =
            new PlanningInput.SchoolHoliday(SchoolRegion.MIDDEN, "voorjaarsvakantie", MONDAY, MONDAY.plusDays(4));

    private static TourSchedule schedule(List<Visit> visits) {
        var slots = visits.stream().filter(Visit::placed).map(Visit::requireSlot).distinct().toList();
        return new TourSchedule(slots, List.of(ANNA, BOB), List.of(), visits);
    }

    @Test
    void a_session_on_the_preferred_evening_and_day_says_so_and_one_elsewhere_says_what_it_gives_up() {
        var utrecht = withWishes(UTRECHT, Map.of(MONDAY.plusDays(10), "Statenvergadering"), PartOfDay.EVENING,
                Set.of(DayOfWeek.TUESDAY), List.of(SPRING), 0);
        var good = visit(utrecht, evening(TUESDAY.plusWeeks(1)), ANNA);
        var poor = visit(utrecht, afternoon(MONDAY), BOB);

        var sessions = new PlanExplainer(schedule(List.of(good, poor))).sessions();

        var first = sessions.stream().filter(s -> s.key().equals(good.getKey())).findFirst().orElseThrow();
        assertThat(first.why()).contains(
                Reason.of("tourplan.why.part-of-day", new MessageKey("tourplan.why.part.EVENING")),
                Reason.of("tourplan.why.weekday", new MessageKey("tourplan.why.day.TUESDAY")),
                Reason.of("tourplan.why.no-school-holiday", "Midden"),
                Reason.of("tourplan.why.suitable-date"),
                Reason.of("tourplan.why.trainer", "Anna", 1));
        assertThat(first.givesUp()).isEmpty();
        var second = sessions.stream().filter(s -> s.key().equals(poor.getKey())).findFirst().orElseThrow();
        assertThat(second.givesUp()).contains(
                Reason.of("tourplan.gives-up.part-of-day", new MessageKey("tourplan.why.part.EVENING"),
                        new MessageKey("tourplan.why.part.AFTERNOON")),
                Reason.of("tourplan.gives-up.weekday", new MessageKey("tourplan.why.day.MONDAY")),
                Reason.of("tourplan.gives-up.school-holiday", "voorjaarsvakantie", "Midden"));
    }

    @Test
    void a_trainer_coming_from_groningen_the_day_before_is_a_sacrifice_and_a_neighbour_is_not() {
        var groningen = visit(GRONINGEN, evening(MONDAY), ANNA);
        var utrecht = visit(UTRECHT, evening(TUESDAY), ANNA);
        long km = UTRECHT.kilometresTo(GRONINGEN);

        var sessions = new PlanExplainer(schedule(List.of(groningen, utrecht))).sessions();

        assertThat(sessions.get(1).givesUp()).contains(Reason.of("tourplan.gives-up.trainer-travel.before", "Anna", "Groningen", km));
        assertThat(sessions.get(0).givesUp()).contains(Reason.of("tourplan.gives-up.trainer-travel.after", "Anna", "Utrecht", km));
        var nearby = Facts.province("FL", "Flevoland", 52.5185, 5.4714);
        var close = new PlanExplainer(schedule(List.of(visit(nearby, evening(MONDAY), BOB), visit(UTRECHT, evening(TUESDAY), BOB))))
                .sessions();
        assertThat(close.get(1).why()).contains(Reason.of("tourplan.why.trainer-nearby.before", "Bob", "Flevoland",
                UTRECHT.kilometresTo(nearby)));
    }

    @Test
    void broken_hard_rules_are_named_on_the_session_and_counted_in_the_summary() {
        var utrecht = withWishes(UTRECHT, Map.of(MONDAY, "Statenvergadering"), null, Set.of(), List.of(), 0);
        var away = new TrainerFact(3, "Carla", Set.of(MONDAY), null);
        var clash = visit(utrecht, evening(MONDAY), away);
        var other = visit(GRONINGEN, afternoon(MONDAY), away);
        var unplaced = visit(GRONINGEN, null, null);

        var sessions = new PlanExplainer(schedule(List.of(clash, other, unplaced))).sessions();
        var score = ScoreSummary.of(HardMediumSoftScore.of(-4, -2, -10), sessions);

        var clashing = sessions.stream().filter(s -> s.key().equals(clash.getKey())).findFirst().orElseThrow();
        assertThat(clashing.givesUp()).extracting(Reason::key).contains("tourplan.gives-up.trainer-double-booked",
                "tourplan.gives-up.trainer-unavailable", "tourplan.gives-up.unsuitable-date");
        assertThat(sessions.getLast().placed()).isFalse();
        assertThat(score.feasible()).isFalse();
        assertThat(score.unplaced()).isEqualTo(1);
        assertThat(score.summary()).startsWith(Reason.of("tourplan.score.hard-broken", 4), Reason.of("tourplan.score.unplaced", 1));
    }

    @Test
    void a_moved_draft_says_where_it_stood_and_one_that_stays_says_that() {
        var moved = draft(UTRECHT, evening(MONDAY), ANNA, evening(TUESDAY), ANNA);
        var stays = draft(GRONINGEN, evening(MONDAY), BOB, evening(MONDAY), BOB);

        var sessions = new PlanExplainer(schedule(List.of(moved, stays))).sessions();
        var score = ScoreSummary.of(HardMediumSoftScore.of(0, 0, -100), sessions);

        var movedProposal = sessions.stream().filter(s -> s.key().equals(moved.getKey())).findFirst().orElseThrow();
        assertThat(movedProposal.moved()).isTrue();
        assertThat(movedProposal.givesUp()).contains(Reason.of("tourplan.gives-up.moved", MONDAY));
        var staying = sessions.stream().filter(s -> s.key().equals(stays.getKey())).findFirst().orElseThrow();
        assertThat(staying.moved()).isFalse();
        assertThat(staying.why()).contains(Reason.of("tourplan.why.unchanged"));
        assertThat(score.summary()).contains(Reason.of("tourplan.score.all-hard-met"), Reason.of("tourplan.score.moved", 1L),
                Reason.of("tourplan.score.all-wishes-met"));
    }
}
