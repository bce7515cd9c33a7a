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
}
