package nl.weerbaarbestuur.ontour.results.ui;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.results.ProvinceFigures;
import nl.weerbaarbestuur.ontour.results.ResultsFixture;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class ResultsViewTest extends SpringBrowserlessTest {

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

    @Test
    void an_organiser_sees_the_figures_per_province_the_reach_chart_and_the_downloads() {
        var fixture = new ResultsFixture(new AttendanceTestSupport(tours, sessions, venues, trainers, registrations),
                attendance, sessions, clock);
        SignInAs.role(Role.ORGANISER);

        UI.getCurrent().navigate("resultaten", com.vaadin.flow.router.QueryParameters.of("tour", String.valueOf(fixture.tourId)));

        @SuppressWarnings("unchecked")
        Grid<ProvinceFigures> grid = find(Grid.class).withId("results-grid").single();
        assertThat(test(grid).size()).isEqualTo(13);
        assertThat(test(grid).getRow(12).isTotal()).isTrue();
        var utrecht = grid.getListDataView().getItems().filter(f -> "UT".equals(f.provinceCode())).findFirst().orElseThrow();
        assertThat(utrecht.checkedInAtHeld()).isEqualTo(5);

        var chart = Jsoup.parse(find(BarChart.class).withId("reach-chart").single().markup());
        assertThat(chart.select("svg").attr("role")).isEqualTo("img");
        assertThat(chart.select("g.rs-bar-row")).hasSize(12);
        assertThat(chart.select("g.rs-bar-row > title").eachText()).contains("Utrecht: 4,1% (2 van 49)",
                "Noord-Holland: 1,8% (1 van 55)");
        assertThat(chart.select("rect.rs-bar[data-rate=0.0408]")).hasSize(1);

        @SuppressWarnings("unchecked")
        Grid<nl.weerbaarbestuur.ontour.results.SessionFigures> perSession = find(Grid.class).withId("results-sessions").single();
        assertThat(perSession.getListDataView().getItems().map(s -> s.checkedIn() + "/" + s.noShows() + "/" + s.status()))
                .containsExactly("3/1/PUBLISHED", "2/0/PUBLISHED", "0/0/CANCELLED", "0/0/PUBLISHED");

        assertThat(find(Anchor.class).withId("results-csv").single().getHref()).isNotBlank();
        assertThat(find(Anchor.class).withId("results-map").single().getHref()).isEqualTo("planning?tour=" + fixture.tourId);
    }

    @Test
    void a_griffie_does_not_get_the_dashboard() {
        SignInAs.role(Role.GRIFFIE, "UT");
        UI.getCurrent().navigate("resultaten");
        assertThat(find(Grid.class).withId("results-grid").exists()).isFalse();
        assertThat(find(H2.class).withId("error-title").single().getText()).isIn("Geen toegang", "Pagina niet gevonden");
    }
}
