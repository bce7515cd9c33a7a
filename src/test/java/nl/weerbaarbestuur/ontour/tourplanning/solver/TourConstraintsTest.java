package nl.weerbaarbestuur.ontour.tourplanning.solver;

import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.ANNA;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.BOB;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.GRONINGEN;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.LIMBURG;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.MONDAY;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.NEXT_MONDAY;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.TUESDAY;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.UTRECHT;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.WEDNESDAY;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.afternoon;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.draft;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.evening;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.pinned;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.visit;
import static nl.weerbaarbestuur.ontour.tourplanning.solver.Facts.withWishes;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.timefold.solver.core.api.score.stream.test.ConstraintVerifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolRegion;

/**
 * Each rule of a tour plan penalises what it should, and nothing else. The verifier counts matches
 * (times their own multiplier, such as kilometres); the constraint weights come on top.
 */
class TourConstraintsTest {

    private final ConstraintVerifier<TourConstraints, TourSchedule> verifier =
            ConstraintVerifier.build(new TourConstraints(), TourSchedule.class, Visit.class);

    @Nested
    class Hard {

        @Test
        void a_trainer_with_two_sessions_on_one_day_is_double_booked() {
            verifier.verifyThat(TourConstraints::trainerDoubleBooked)
                    .given(visit(UTRECHT, afternoon(MONDAY), ANNA), visit(GRONINGEN, evening(MONDAY), ANNA))
                    .penalizesBy(1);
        }

        @Test
        void different_trainers_or_different_days_are_no_double_booking() {
            verifier.verifyThat(TourConstraints::trainerDoubleBooked)
                    .given(visit(UTRECHT, evening(MONDAY), ANNA), visit(GRONINGEN, evening(MONDAY), BOB),
                            visit(LIMBURG, evening(TUESDAY), ANNA), visit(UTRECHT, evening(MONDAY), null))
                    .hasNoImpact();
        }

        @Test
        void a_pinned_sessions_second_trainer_is_booked_too_but_two_pinned_sessions_are_not_the_planners_doing() {
            verifier.verifyThat(TourConstraints::trainerDoubleBooked)
                    .given(pinned(UTRECHT, evening(MONDAY), BOB, ANNA), visit(GRONINGEN, afternoon(MONDAY), ANNA))
                    .penalizesBy(1);
            verifier.verifyThat(TourConstraints::trainerDoubleBooked)
                    .given(pinned(UTRECHT, evening(MONDAY), ANNA), pinned(GRONINGEN, afternoon(MONDAY), ANNA))
                    .hasNoImpact();
        }

        @Test
        void a_trainer_on_a_day_they_cannot_is_penalised() {
            var away = new TrainerFact(3, "Carla", Set.of(MONDAY), null);
            verifier.verifyThat(TourConstraints::trainerUnavailable)
                    .given(visit(UTRECHT, evening(MONDAY), away))
                    .penalizesBy(1);
            verifier.verifyThat(TourConstraints::trainerUnavailable)
                    .given(visit(UTRECHT, evening(TUESDAY), away), pinned(GRONINGEN, evening(MONDAY), away))
                    .hasNoImpact();
        }

        @Test
        void a_trainer_over_their_weekly_maximum_is_penalised_by_the_sessions_too_many() {
            var twice = new TrainerFact(4, "Dirk", Set.of(), 2);
            verifier.verifyThat(TourConstraints::trainerMaxPerWeek)
                    .given(visit(UTRECHT, evening(MONDAY), twice), visit(GRONINGEN, evening(TUESDAY), twice),
                            visit(LIMBURG, evening(WEDNESDAY), twice), visit(UTRECHT, evening(MONDAY.plusDays(3)), twice))
                    .penalizesBy(2);
        }

        @Test
        void sessions_within_the_weekly_maximum_or_in_other_weeks_are_fine() {
            var twice = new TrainerFact(4, "Dirk", Set.of(), 2);
            verifier.verifyThat(TourConstraints::trainerMaxPerWeek)
                    .given(visit(UTRECHT, evening(MONDAY), twice), visit(GRONINGEN, evening(TUESDAY), twice),
                            visit(LIMBURG, evening(NEXT_MONDAY), twice), visit(LIMBURG, evening(WEDNESDAY), ANNA))
                    .hasNoImpact();
            verifier.verifyThat(TourConstraints::trainerMaxPerWeek)
                    .given(pinned(UTRECHT, evening(MONDAY), twice), pinned(GRONINGEN, evening(TUESDAY), twice),
                            pinned(LIMBURG, evening(WEDNESDAY), twice))
                    .hasNoImpact();
        }

        @Test
        void a_date_the_griffie_called_unsuitable_is_penalised() {
            var utrecht = withWishes(UTRECHT, Map.of(MONDAY, "Statenvergadering"), null, Set.of(), List.of(), 0);
            verifier.verifyThat(TourConstraints::unsuitableDate)
                    .given(visit(utrecht, evening(MONDAY), null))
                    .penalizesBy(1);
            verifier.verifyThat(TourConstraints::unsuitableDate)
                    .given(visit(utrecht, evening(TUESDAY), ANNA), visit(GRONINGEN, evening(MONDAY), BOB))
                    .hasNoImpact();
        }

        @Test
        void a_public_holiday_is_penalised_and_4_may_only_in_the_evening() {
            verifier.verifyThat(TourConstraints::publicHoliday)
                    .given(visit(UTRECHT, Facts.holiday(MONDAY, "holiday.kings-day"), ANNA))
                    .penalizesBy(1);
            var may4 = java.time.LocalDate.of(2027, 5, 4);
            var holidays = Map.of(may4, List.of(new PlanningInput.Holiday(may4, "holiday.remembrance-evening", true)));
            var eveningKey = ScheduleFactory.holidayOn(holidays, may4, PartOfDay.EVENING);
            var afternoonKey = ScheduleFactory.holidayOn(holidays, may4, PartOfDay.AFTERNOON);
            verifier.verifyThat(TourConstraints::publicHoliday)
                    .given(visit(UTRECHT, Slot.of(may4, "evening", PartOfDay.EVENING, java.time.LocalTime.of(19, 30),
                                    java.time.LocalTime.of(22, 0), eveningKey), ANNA),
                            visit(GRONINGEN, Slot.of(may4, "afternoon", PartOfDay.AFTERNOON, java.time.LocalTime.of(13, 30),
                                    java.time.LocalTime.of(16, 30), afternoonKey), BOB))
                    .penalizesBy(1);
        }

        @Test
        void two_sessions_of_one_province_in_one_iso_week_are_penalised() {
            verifier.verifyThat(TourConstraints::provinceTwiceInWeek)
                    .given(visit(UTRECHT, evening(MONDAY), ANNA), visit(UTRECHT, afternoon(WEDNESDAY), null))
                    .penalizesBy(1);
            verifier.verifyThat(TourConstraints::provinceTwiceInWeek)
                    .given(visit(UTRECHT, evening(MONDAY), ANNA), visit(UTRECHT, evening(NEXT_MONDAY), ANNA),
                            visit(GRONINGEN, evening(TUESDAY), BOB), visit(UTRECHT, null, null))
                    .hasNoImpact();
        }

        @Test
        void only_its_own_pinned_session_may_use_a_slot_outside_the_plannable_days() {
            var saturday = MONDAY.plusDays(5);
            var reserved = new Slot("s9", saturday, PartOfDay.AFTERNOON, java.time.LocalTime.of(14, 0),
                    java.time.LocalTime.of(16, 0), null, Slot.weekOf(saturday), false);
            verifier.verifyThat(TourConstraints::outsideThePlan)
                    .given(pinned(UTRECHT, reserved, ANNA), visit(GRONINGEN, reserved, BOB))
                    .penalizesBy(1);
            verifier.verifyThat(TourConstraints::outsideThePlan)
                    .given(pinned(UTRECHT, reserved, ANNA), visit(GRONINGEN, evening(MONDAY), BOB))
                    .hasNoImpact();
        }
    }

    @Nested
    class Medium {

        @Test
        void a_session_without_a_date_and_one_without_a_trainer_are_each_penalised() {
            verifier.verifyThat(TourConstraints::unplaced)
                    .given(visit(UTRECHT, null, null), visit(GRONINGEN, evening(MONDAY), null))
                    .penalizesBy(1);
            verifier.verifyThat(TourConstraints::withoutTrainer)
                    .given(visit(UTRECHT, null, null), visit(GRONINGEN, evening(MONDAY), null), visit(LIMBURG, evening(MONDAY), ANNA))
                    .penalizesBy(1);
        }

        @Test
        void a_pinned_session_without_a_trainer_is_not_the_planners_to_fill() {
            verifier.verifyThat(TourConstraints::withoutTrainer)
                    .given(pinned(UTRECHT, evening(MONDAY), null))
                    .hasNoImpact();
        }
    }

    @Nested
    class Soft {

        @Test
        void a_trainer_going_from_utrecht_to_groningen_the_next_day_costs_a_point_per_ten_km() {
            long km = UTRECHT.kilometresTo(GRONINGEN);
            verifier.verifyThat(TourConstraints::trainerTravel)
                    .given(visit(UTRECHT, evening(MONDAY), ANNA), visit(GRONINGEN, evening(TUESDAY), ANNA))
                    .penalizesBy(TourConstraints.travelPoints(km));
            org.assertj.core.api.Assertions.assertThat(km).isBetween(150L, 200L);
        }

        @Test
        void no_travel_cost_for_other_trainers_or_a_day_in_between() {
            verifier.verifyThat(TourConstraints::trainerTravel)
                    .given(visit(UTRECHT, evening(MONDAY), ANNA), visit(GRONINGEN, evening(TUESDAY), BOB),
                            visit(LIMBURG, evening(WEDNESDAY), ANNA))
                    .hasNoImpact();
        }

        @Test
        void sessions_of_a_province_closer_than_an_even_spread_cost_the_days_short() {
            var utrecht = withWishes(UTRECHT, Map.of(), null, Set.of(), List.of(), 30);
            verifier.verifyThat(TourConstraints::spread)
                    .given(visit(utrecht, evening(MONDAY), ANNA), visit(utrecht, evening(NEXT_MONDAY), BOB))
                    .penalizesBy(23);
            verifier.verifyThat(TourConstraints::spread)
                    .given(visit(utrecht, evening(MONDAY), ANNA), visit(utrecht, evening(MONDAY.plusDays(30)), BOB),
                            visit(GRONINGEN, evening(TUESDAY), ANNA))
                    .hasNoImpact();
        }

        @Test
        void an_afternoon_for_a_province_that_prefers_evenings_is_penalised() {
            var utrecht = withWishes(UTRECHT, Map.of(), PartOfDay.EVENING, Set.of(), List.of(), 0);
            verifier.verifyThat(TourConstraints::partOfDay)
                    .given(visit(utrecht, afternoon(MONDAY), ANNA), visit(utrecht, evening(NEXT_MONDAY), ANNA),
                            visit(GRONINGEN, afternoon(MONDAY), BOB))
                    .penalizesBy(1);
        }

        @Test
        void a_day_the_province_does_not_prefer_is_penalised() {
            var utrecht = withWishes(UTRECHT, Map.of(), null, Set.of(DayOfWeek.TUESDAY), List.of(), 0);
            verifier.verifyThat(TourConstraints::weekday)
                    .given(visit(utrecht, evening(MONDAY), ANNA), visit(utrecht, evening(TUESDAY), ANNA),
                            visit(GRONINGEN, evening(WEDNESDAY), BOB))
                    .penalizesBy(1);
        }

        @Test
        void a_school_holiday_in_the_provinces_region_is_penalised() {
            var spring = new PlanningInput.SchoolHoliday(SchoolRegion.MIDDEN, "Voorjaarsvakantie", MONDAY, MONDAY.plusDays(4));
            var utrecht = withWishes(UTRECHT, Map.of(), null, Set.of(), List.of(spring), 0);
            verifier.verifyThat(TourConstraints::schoolHoliday)
                    .given(visit(utrecht, evening(TUESDAY), ANNA), visit(utrecht, evening(NEXT_MONDAY), ANNA),
                            visit(GRONINGEN, evening(TUESDAY), BOB))
                    .penalizesBy(1);
        }

        @Test
        void sessions_over_a_trainers_fair_share_cost_the_square_of_the_excess() {
            var fairTwo = new TrainerFact(5, "Eva", Set.of(), null, 2);
            verifier.verifyThat(TourConstraints::trainerBalance)
                    .given(visit(UTRECHT, evening(MONDAY), fairTwo), visit(GRONINGEN, evening(TUESDAY), fairTwo),
                            visit(LIMBURG, evening(WEDNESDAY), fairTwo), visit(UTRECHT, evening(NEXT_MONDAY), fairTwo))
                    .penalizesBy(4);
        }

        @Test
        void sessions_within_the_fair_share_or_without_a_date_cost_nothing() {
            var fairTwo = new TrainerFact(5, "Eva", Set.of(), null, 2);
            verifier.verifyThat(TourConstraints::trainerBalance)
                    .given(visit(UTRECHT, evening(MONDAY), fairTwo), visit(GRONINGEN, evening(TUESDAY), fairTwo),
                            visit(LIMBURG, null, fairTwo), visit(LIMBURG, evening(WEDNESDAY), new TrainerFact(6, "Finn", Set.of(), null, 1)))
                    .hasNoImpact();
        }

        @Test
        void moving_an_existing_draft_to_another_day_or_trainer_is_penalised() {
            verifier.verifyThat(TourConstraints::movedDraft)
                    .given(draft(UTRECHT, evening(MONDAY), ANNA, evening(TUESDAY), ANNA),
                            draft(GRONINGEN, evening(MONDAY), ANNA, evening(MONDAY), BOB))
                    .penalizesBy(2);
        }

        @Test
        void a_draft_that_stays_or_only_gets_a_trainer_is_not_moved() {
            verifier.verifyThat(TourConstraints::movedDraft)
                    .given(draft(UTRECHT, evening(MONDAY), ANNA, evening(MONDAY), ANNA),
                            draft(GRONINGEN, evening(MONDAY), null, evening(MONDAY), BOB),
                            draft(LIMBURG, evening(MONDAY), null, null, null),
                            visit(UTRECHT, evening(TUESDAY), ANNA))
                    .hasNoImpact();
        }
    }
}
