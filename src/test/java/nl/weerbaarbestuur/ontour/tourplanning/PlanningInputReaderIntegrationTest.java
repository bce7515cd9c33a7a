package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * What the tour planner reads of a tour: every province with what its griffie said, every trainer
 * with their availability, the public and school holidays, and which sessions are pinned.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class PlanningInputReaderIntegrationTest {

    @Autowired PlanningInputs inputs;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired TourDates tourDates;
    @Autowired ProvinceInputs provinceInputs;
    @Autowired TrainerDates trainerDates;
    @Autowired SchoolHolidays schoolHolidays;

    private PlanningFixture fixture;

    @BeforeEach
    void aTour() {
        clock.set(FixedClockConfiguration.NOW);
        fixture = new PlanningFixture(context);
    }

    @Test
    void a_published_session_is_pinned_and_a_draft_may_move() {
        var trainer = fixture.trainer(PlanningFixture.uniqueTitle("Trainer"), PlanningFixture.uniqueTitle("t").replace(' ', '-') + "@test.ontour.nl");
        var published = fixture.publishedSession("UT", PlanningFixture.uniqueTitle("Vast"), Duration.ofDays(10), trainer);
        var draft = fixture.draftSession("LI", PlanningFixture.uniqueTitle("Los"), Duration.ofDays(20));

        var input = inputs.forTour(fixture.tourId());

        assertThat(input.plannedSessions()).hasSize(2);
        var pinned = input.plannedSessions().stream().filter(s -> s.sessionId() == published.getId()).findFirst().orElseThrow();
        assertThat(pinned.pinned()).isTrue();
        assertThat(pinned.provinceCode()).isEqualTo("UT");
        assertThat(pinned.trainerIds()).containsExactly(trainer.getId());
        assertThat(pinned.date()).isEqualTo(DutchTime.inAmsterdam(published.getStartsAt()).toLocalDate());
        assertThat(pinned.start()).isEqualTo(DutchTime.inAmsterdam(published.getStartsAt()).toLocalTime());
        var movable = input.plannedSessions().stream().filter(s -> s.sessionId() == draft.getId()).findFirst().orElseThrow();
        assertThat(movable.pinned()).isFalse();
        assertThat(movable.trainerIds()).isEmpty();
        assertThat(input.trainers()).anySatisfy(t -> assertThat(t.trainerId()).isEqualTo(trainer.getId()));
    }

    @Test
    void every_province_is_asked_with_its_school_regions_and_position() {
        var input = inputs.forTour(fixture.tourId());

        assertThat(input.provinces()).hasSize(12);
        assertThat(input.provinces()).allSatisfy(p -> {
            assertThat(p.regions()).isNotEmpty();
            assertThat(p.latitude()).isNotNull();
            assertThat(p.sessionsWanted()).isEqualTo(1);
        });
        var gelderland = input.provinces().stream().filter(p -> p.provinceCode().equals("GE")).findFirst().orElseThrow();
        assertThat(gelderland.regions()).containsExactlyInAnyOrder(SchoolRegion.MIDDEN, SchoolRegion.ZUID);
        assertThat(input.slotShapes()).extracting(PlanningInput.SlotShape::start)
                .contains(LocalTime.of(19, 30), LocalTime.of(13, 30));
    }

    @Test
    void the_holidays_of_the_period_include_kings_day_and_the_evening_of_4_may() {
        var holidays = PlanningInputReader.holidays(LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31));

        assertThat(holidays).contains(new PlanningInput.Holiday(LocalDate.of(2027, 4, 27), "holiday.kings-day", false),
                new PlanningInput.Holiday(LocalDate.of(2027, 5, 4), "holiday.remembrance-evening", true),
                new PlanningInput.Holiday(LocalDate.of(2027, 5, 5), "holiday.liberation-day", false));
        assertThat(holidays).noneMatch(h -> h.date().isBefore(LocalDate.of(2027, 4, 1)) || h.date().isAfter(LocalDate.of(2027, 5, 31)));
    }

    @Test
    void what_griffies_trainers_and_organisers_entered_arrives_in_the_planning_input() {
        var trainer = fixture.trainer(PlanningFixture.uniqueTitle("Trainer"), PlanningFixture.uniqueTitle("t").replace(' ', '-') + "@test.ontour.nl");
        long tourId = fixture.tourId();
        var form = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> tourDates.form(tourId, "UT"));
        var first = form.firstDay();
        var last = form.lastDay();
        var statenvergadering = first.plusDays(30);
        var reason = PlanningFixture.uniqueTitle("Statenvergadering");
        SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "UT"), () -> tourDates.answer(tourId, "UT", new TourDates.Answer(
                List.of(new TourDates.UnsuitableDate(statenvergadering, reason), new TourDates.UnsuitableDate(last, "")),
                PartOfDay.EVENING, Set.of(DayOfWeek.TUESDAY)), null));
        var trainerOff = first.plusDays(40);
        var holidayName = PlanningFixture.uniqueTitle("Herfst");
        int year = SchoolHolidays.schoolYearOf(first.plusDays(60));
        var holidayStart = first.plusDays(60);
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            provinceInputs.setSessionsWanted(tourId, "GE", 2);
            trainerDates.save(trainer.getId(), Set.of(trainerOff, last.plusDays(3)), 2);
            // Keep what other runs of this test stored in that school year, except the day this one uses.
            var kept = schoolHolidays.ofYear(year).stream()
                    .filter(h -> !(h.region() == SchoolRegion.NOORD && h.firstDay().equals(holidayStart))).map(h -> h.region() + ";" + h.name() + ";" + h.firstDay() + ";" + h.lastDay());
            var text = java.util.stream.Stream.concat(kept, java.util.stream.Stream.of("Noord;" + holidayName + ";" + holidayStart + ";"
                    + holidayStart.plusDays(8))).collect(java.util.stream.Collectors.joining("\n"));
            assertThat(schoolHolidays.replaceYear(year, text).ok()).isTrue();
            schoolHolidays.changeRegions("ZE", EnumSet.of(SchoolRegion.ZUID, SchoolRegion.MIDDEN));
            return null;
        });
        try {
            var input = inputs.forTour(tourId);

            var utrecht = province(input, "UT");
            assertThat(utrecht.answered()).isTrue();
            assertThat(utrecht.unsuitableDates()).containsOnly(Map.entry(statenvergadering, reason), Map.entry(last, ""));
            assertThat(utrecht.preferredPartOfDay()).isEqualTo(PartOfDay.EVENING);
            assertThat(utrecht.preferredWeekdays()).containsExactly(DayOfWeek.TUESDAY);
            assertThat(province(input, "GE").sessionsWanted()).isEqualTo(2);
            assertThat(province(input, "GE").answered()).isFalse();
            assertThat(province(input, "ZE").regions()).containsExactlyInAnyOrder(SchoolRegion.ZUID, SchoolRegion.MIDDEN);
            var availability = input.trainers().stream().filter(t -> t.trainerId() == trainer.getId()).findFirst().orElseThrow();
            assertThat(availability.unavailableDates()).as("the day after the tour is left out").containsExactly(trainerOff);
            assertThat(availability.maxPerWeek()).isEqualTo(2);
            assertThat(input.schoolHolidays()).contains(new PlanningInput.SchoolHoliday(SchoolRegion.NOORD, holidayName,
                    holidayStart, holidayStart.plusDays(8)));
            assertThat(input.schoolHolidays()).allMatch(h -> !h.lastDay().isBefore(first) && !h.firstDay().isAfter(last));
        } finally {
            SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
                schoolHolidays.changeRegions("ZE", EnumSet.of(SchoolRegion.ZUID));
                return null;
            });
        }
    }

    private static PlanningInput.ProvinceWishes province(PlanningInput input, String code) {
        return input.provinces().stream().filter(p -> p.provinceCode().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void an_unknown_tour_is_not_found() {
        assertThatThrownBy(() -> inputs.forTour(-1)).isInstanceOf(NotFoundException.class);
    }
}
