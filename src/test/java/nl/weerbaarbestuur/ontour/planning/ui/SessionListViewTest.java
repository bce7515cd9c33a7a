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
}
