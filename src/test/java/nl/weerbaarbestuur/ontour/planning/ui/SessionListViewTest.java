package nl.weerbaarbestuur.ontour.planning.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SessionListViewTest extends PlanningUiTestSupport {

    @Test
    void the_list_filters_by_province_from_the_address_and_from_the_filter() {
        var tour = newTour();
        var zeeland = sessions.create(plan(tour, "ZE", unique("In Zeeland"), LocalDate.of(2027, 2, 9), Set.of()));
        var brabant = sessions.create(plan(tour, "NB", unique("In Brabant"), LocalDate.of(2027, 2, 10), Set.of()));

        open(SessionListView.class, RouteParameters.empty(),
                QueryParameters.simple(Map.of("tour", tour.getId().toString(), "provincie", "ZE")));
        @SuppressWarnings("unchecked")
        Grid<SessionFacts> grid = find(Grid.class).withId("sessions-grid").single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(zeeland.getId());

        test(find(Select.class).withId("filter-province").single()).selectItem("Noord-Brabant");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).id()).isEqualTo(brabant.getId());
    }

    @Test
    void long_titles_wrap_instead_of_being_cut_off() {
        open(SessionListView.class, RouteParameters.empty(), QueryParameters.empty());

        @SuppressWarnings("unchecked")
        Grid<SessionFacts> grid = find(Grid.class).withId("sessions-grid").single();
        assertThat(grid.getThemeNames()).contains("wrap-cell-content");
        assertThat(grid.getColumns()).filteredOn(column -> column.isAutoWidth()).as("no auto width beside wrapping cells")
                .allSatisfy(column -> assertThat(column.getFlexGrow()).isZero());
    }

    @Autowired
    nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations registrations;
    @Autowired
    nl.weerbaarbestuur.ontour.registration.RegistrationAdministration administration;

    @Test
    void the_fill_of_a_hybrid_session_is_split_into_on_location_and_online() {
        var tour = newTour();
        var hybrid = hybridWithRegistrations(tour, "UT", unique("Hybride"), LocalDate.of(2027, 3, 2), registrations, administration);
        var inPerson = sessions.create(plan(tour, "UT", unique("Op locatie"), LocalDate.of(2027, 3, 3), Set.of()));
        sessions.publish(inPerson.getId());

        open(SessionListView.class, RouteParameters.empty(), QueryParameters.simple(Map.of("tour", tour.getId().toString())));
        @SuppressWarnings("unchecked")
        Grid<SessionFacts> grid = find(Grid.class).withId("sessions-grid").single();

        assertThat(fill(grid, hybrid.id())).isEqualTo("4 van 30 | 2 op locatie · 1 online · 1 niet gekozen");
        assertThat(fill(grid, inPerson.getId())).as("the format says how people come").isEqualTo("0 van 30");
    }

    @SuppressWarnings("unchecked")
    private String fill(Grid<SessionFacts> grid, long sessionId) {
        var renderer = (com.vaadin.flow.data.renderer.ComponentRenderer<?, SessionFacts>) grid.getColumnByKey("fill").getRenderer();
        for (int i = 0; i < test(grid).size(); i++) {
            var row = test(grid).getRow(i);
            if (row.id() == sessionId) {
                // One line per part: the seats, the split, the waitlist.
                return renderer.createComponent(row).getChildren().map(part -> part.getElement().getText())
                        .collect(java.util.stream.Collectors.joining(" | "));
            }
        }
        throw new AssertionError("session " + sessionId + " not in the list");
    }
}
