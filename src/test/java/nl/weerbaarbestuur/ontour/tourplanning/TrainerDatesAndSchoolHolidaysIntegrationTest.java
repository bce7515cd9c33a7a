package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * Trainers' availability and the school holidays, as organisers enter them. School years far ahead
 * (2090 and later) keep these tests apart from the planner's, which share the database.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class TrainerDatesAndSchoolHolidaysIntegrationTest {

    @Autowired TrainerDates trainerDates;
    @Autowired SchoolHolidays holidays;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    @BeforeEach
    void organiser() {
        clock.set(FixedClockConfiguration.NOW);
        SignInAs.role(Role.ORGANISER);
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private long trainer() {
        var name = PlanningFixture.uniqueTitle("Trainer");
        return new PlanningFixture(context).trainer(name, name.replace(' ', '.').toLowerCase() + "@test.ontour.nl").getId();
    }

    @Test
    void a_trainers_days_off_and_weekly_maximum_are_saved_and_replaced() {
        long id = trainer();
        var day = LocalDate.of(2027, 5, 11);

        trainerDates.save(id, Set.of(day, day.plusDays(1)), 2);
        var replaced = trainerDates.save(id, Set.of(day.plusDays(1)), null);

        assertThat(replaced.unavailableDates()).containsExactly(day.plusDays(1));
        assertThat(replaced.maxPerWeek()).isNull();
        assertThat(trainerDates.of(id)).isEqualTo(replaced);
        assertThat(trainerDates.all()).anySatisfy(a -> assertThat(a.trainerId()).isEqualTo(id));
    }

    @Test
    void a_weekly_maximum_outside_one_to_seven_and_dates_years_away_are_refused() {
        long id = trainer();

        assertThatThrownBy(() -> trainerDates.save(id, Set.of(), 0)).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.errors().getFirst().field()).isEqualTo("maxPerWeek"));
        assertThatThrownBy(() -> trainerDates.save(id, Set.of(), 8)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> trainerDates.save(id, Set.of(LocalDate.of(2207, 5, 11)), 2))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors().getFirst().messageKey())
                        .isEqualTo("tourplanning.input.error.far"));
        assertThat(trainerDates.of(id).unavailableDates()).isEmpty();
    }

    @Test
    void only_organisers_enter_a_trainers_availability_and_the_school_holidays() {
        long id = trainer();
        SignInAs.role(Role.TRAINER);

        assertThatThrownBy(() -> trainerDates.save(id, Set.of(), 2)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> holidays.replaceYear(2090, "")).isInstanceOf(AccessDeniedException.class);
        SignInAs.role(Role.GRIFFIE, "UT");
        assertThatThrownBy(() -> holidays.changeRegions("UT", Set.of(SchoolRegion.NOORD))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_school_year_is_replaced_as_a_whole_and_a_bad_list_changes_nothing() {
        var saved = holidays.replaceYear(2090, "Noord;Herfstvakantie;14-10-2090;22-10-2090\nHeel Nederland;Kerstvakantie;23-12-2090;7-1-2091");
        assertThat(saved.ok()).isTrue();
        assertThat(holidays.ofYear(2090)).hasSize(4);

        var refused = holidays.replaceYear(2090, "Noord;Herfstvakantie;14-10-2090;22-10-2090\nOost;Kerst;23-12-2090;7-1-2091");
        assertThat(refused.ok()).isFalse();
        assertThat(holidays.ofYear(2090)).as("unchanged").hasSize(4);

        holidays.replaceYear(2090, "Zuid;Voorjaarsvakantie;17-2-2091;25-2-2091");
        assertThat(holidays.ofYear(2090)).singleElement().satisfies(h -> assertThat(h.region()).isEqualTo(SchoolRegion.ZUID));
        holidays.replaceYear(2090, "");
        assertThat(holidays.ofYear(2090)).isEmpty();
    }

    @Test
    void a_school_year_outside_the_list_is_refused() {
        assertThatThrownBy(() -> holidays.check(1999, "")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void a_provinces_school_regions_default_and_can_be_chosen_and_reset() {
        assertThat(holidays.regions()).containsEntry("GE", Set.of(SchoolRegion.MIDDEN, SchoolRegion.ZUID)).hasSize(12);
        try {
            holidays.changeRegions("ZE", EnumSet.of(SchoolRegion.ZUID, SchoolRegion.MIDDEN));
            assertThat(holidays.regions()).containsEntry("ZE", Set.of(SchoolRegion.ZUID, SchoolRegion.MIDDEN));
            assertThat(holidays.regionsChosen("ZE")).isTrue();
            assertThatThrownBy(() -> holidays.changeRegions("ZE", Set.of())).isInstanceOf(InvalidInputException.class);
        } finally {
            holidays.changeRegions("ZE", EnumSet.of(SchoolRegion.ZUID));
        }
        assertThat(holidays.regionsChosen("ZE")).as("the default is no choice").isFalse();
        assertThat(holidays.regions()).containsEntry("ZE", Set.of(SchoolRegion.ZUID));
    }
}
