package nl.weerbaarbestuur.ontour.results;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@Import(FixedClockConfiguration.class)
class ResultsServiceIntegrationTest {

    @Autowired ResultsService results;
    @Autowired AttendanceService attendance;
    @Autowired RegistrationAdministration registrations;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private ResultsFixture fixture() {
        return new ResultsFixture(new AttendanceTestSupport(tours, sessions, venues, trainers, registrations),
                attendance, sessions, clock);
    }

    private static ProvinceFigures province(TourFigures figures, String code) {
        return figures.provinces().stream().filter(p -> code.equals(p.provinceCode())).findFirst().orElseThrow();
    }

    @Test
    void the_figures_of_a_small_tour_come_out_exactly() {
        var fixture = fixture();
        SignInAs.role(Role.ORGANISER);

        var figures = results.figures(fixture.tourId);

        assertThat(figures.provinces()).hasSize(12);
        var utrecht = province(figures, "UT");
        assertThat(utrecht).isEqualTo(new ProvinceFigures("UT", "Utrecht", 3, 2, 9, 8, 34, 1, 6, 5, 2, 49));
        assertThat(utrecht.fillRate()).isCloseTo(8.0 / 34, within(1e-9));
        assertThat(utrecht.attendanceRate()).isCloseTo(5.0 / 6, within(1e-9));
        assertThat(utrecht.reach()).isCloseTo(2.0 / 49, within(1e-9));

        var noordHolland = province(figures, "NH");
        assertThat(noordHolland).isEqualTo(new ProvinceFigures("NH", "Noord-Holland", 0, 0, 0, 0, 0, 0, 0, 0, 1, 55));
        assertThat(noordHolland.fillRate()).as("no seats: undefined, not 0%").isNull();
        assertThat(noordHolland.attendanceRate()).isNull();

        var groningen = province(figures, "GR");
        assertThat(groningen.sessionsPlanned()).as("a cancelled session is not planned").isZero();
        assertThat(groningen.capacity()).isZero();

        assertThat(figures.total()).isEqualTo(new ProvinceFigures(null, null, 3, 2, 9, 8, 34, 1, 6, 5, 3, 572));
        assertThat(figures.total().reach()).isCloseTo(3.0 / 572, within(1e-9));
    }

    @Test
    void only_organisers_see_the_figures() {
        var fixture = fixture();
        SignInAs.role(Role.GRIFFIE, "UT");
        assertThatThrownBy(() -> results.figures(fixture.tourId)).isInstanceOf(AccessDeniedException.class);
        SignInAs.role(Role.TRAINER);
        assertThatThrownBy(() -> results.figures(fixture.tourId)).isInstanceOf(AccessDeniedException.class);
    }
}
