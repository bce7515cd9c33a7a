package nl.weerbaarbestuur.ontour.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.Tour;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class TourOverviewViewTest extends PlanningUiTestSupport {

    private org.jsoup.nodes.Document map(Tour tour) {
        open(TourOverviewView.class, RouteParameters.empty(), QueryParameters.of("tour", tour.getId().toString()));
        return Jsoup.parse(find(ProvinceMap.class).single().markup());
    }

    private static Element province(org.jsoup.nodes.Document map, String code) {
        return map.selectFirst("a.ot-province[data-province=" + code + "]");
    }

    @Test
    void the_map_shows_twelve_provinces_whose_coverage_follows_the_sessions() {
        var tour = newTour();

        var before = map(tour);
        assertThat(before.select("a.ot-province")).hasSize(12)
                .allSatisfy(a -> assertThat(a.attr("href")).startsWith("planning/sessies?provincie="))
                .allSatisfy(a -> assertThat(a.attr("aria-label")).isNotBlank());
        assertThat(province(before, "UT").classNames()).contains("ot-coverage-none");
        assertThat(province(before, "UT").attr("aria-label")).isEqualTo("Utrecht: Nog niets gepland, geen sessies");
        assertThat(find(Paragraph.class).withId("uncovered-warning").single().getText()).contains("12 provincies").contains("Utrecht");

        var session = sessions.create(plan(tour, "UT", unique("Kaarttest"), LocalDate.of(2027, 2, 16), Set.of()));
        sessions.publish(session.getId());
        var planned = map(tour);
        assertThat(province(planned, "UT").classNames()).contains("ot-coverage-planned");
        assertThat(province(planned, "UT").attr("aria-label")).isEqualTo("Utrecht: Gepland, 1 sessie");
        assertThat(province(planned, "GR").classNames()).contains("ot-coverage-none");
        assertThat(find(Paragraph.class).withId("uncovered-warning").single().getText())
                .contains("11 provincies").doesNotContain("Utrecht");

        sessions.complete(session.getId());
        assertThat(province(map(tour), "UT").classNames()).contains("ot-coverage-held");
    }

    @org.springframework.beans.factory.annotation.Autowired
    nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations registrations;
    @org.springframework.beans.factory.annotation.Autowired
    nl.weerbaarbestuur.ontour.registration.RegistrationAdministration administration;

    @Test
    void the_table_counts_the_confirmed_per_province_and_splits_them_where_people_come_both_ways() {
        var tour = newTour();
        hybridWithRegistrations(tour, "UT", unique("Hybride"), LocalDate.of(2027, 3, 2), registrations, administration);
        var inPerson = sessions.create(plan(tour, "GR", unique("Op locatie"), LocalDate.of(2027, 3, 4), Set.of()));
        sessions.publish(inPerson.getId());
        administration.registerOnBehalf(inPerson.getId(), new nl.weerbaarbestuur.ontour.registration.ParticipantDetails(
                "Gerrit Groningen", unique("gerrit").replace(' ', '-') + "@example.nl",
                nl.weerbaarbestuur.ontour.registration.ParticipantFunction.STATENLID, "GR", null, null, null, null, "nl"));

        open(TourOverviewView.class, RouteParameters.empty(), QueryParameters.of("tour", tour.getId().toString()));
        var table = Jsoup.parse(find(CoverageTable.class).single().getElement().getOuterHTML());

        assertThat(table.select("thead th").eachText()).contains("Bevestigd");
        assertThat(taken(table, "UT")).isEqualTo("4 | 2 op locatie · 1 online · 1 niet gekozen");
        assertThat(taken(table, "GR")).as("in person only: no split").isEqualTo("1");
        assertThat(taken(table, "FR")).isEqualTo("0");
    }

    /** The "Bevestigd" cell of a province's row, one part after the other. */
    private static String taken(org.jsoup.nodes.Document table, String province) {
        return String.join(" | ", table.selectFirst("#coverage-" + province).select("td").get(2).children().eachText());
    }
}
