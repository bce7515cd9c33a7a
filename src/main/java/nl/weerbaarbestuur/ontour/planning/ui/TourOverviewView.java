package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFill;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Where planning starts: pick a tour, see on the map and in the table which provinces it has
 * reached, and which still have no session at all.
 */
@Route("planning")
@Menu(order = 10, title = "nav.planning", icon = "vaadin:map-marker")
@RolesAllowed(Role.Names.ORGANISER)
class TourOverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TourService tours;
    private final PlanningService planning;
    private final Select<Tour> tour = new Select<>();
    private final Paragraph tourInfo = new Paragraph();
    private final Paragraph uncovered = new Paragraph();
    private final ProvinceMap map = new ProvinceMap();
    private final CoverageTable table = new CoverageTable();
    private final Div content = new Div();
    private final Paragraph noTours = new Paragraph();
    private final ObjectProvider<SessionFill> fills;

    TourOverviewView(TourService tours, PlanningService planning, ObjectProvider<SessionFill> fills) {
        this.fills = fills;
        this.tours = tours;
        this.planning = planning;
        addClassName("ot-page");
        tour.setLabel(getTranslation("overview.tour"));
        tour.setId("tour-select");
        tour.setItemLabelGenerator(Tour::getName);
        tour.addClassName("ot-tour-select");
        tour.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
                if (e.isFromClient()) {
                    UI.getCurrent().getPage().getHistory().replaceState(null,
                            new Location("planning", QueryParameters.of("tour", e.getValue().getId().toString())));
                }
            }
        });
        var newSession = new Button(getTranslation("overview.new-session"), e -> newSession());
        newSession.setId("new-session");
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var newTour = new Button(getTranslation("overview.new-tour"),
                e -> TourAdminView.open(this, tours, null, saved -> reload(saved == null ? null : saved.getId())));
        newTour.setId("new-tour");
        var actions = new HorizontalLayout(tour, newSession, newTour);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        actions.addClassName("ot-toolbar");

        tourInfo.setId("tour-info");
        tourInfo.addClassName("ot-muted");
        uncovered.setId("uncovered-warning");
        uncovered.addClassName("ot-notice");
        map.setId("province-map");
        var mapSection = new Section(new H2(getTranslation("overview.map.heading")),
                new Paragraph(getTranslation("overview.map.hint")), map);
        mapSection.addClassName("ot-overview-map");
        var tableSection = new Section(table);
        tableSection.addClassName("ot-overview-table");
        var columns = new Div(mapSection, tableSection);
        columns.addClassName("ot-overview");
        content.add(tourInfo, uncovered, columns);
        noTours.setText(getTranslation("overview.no-tours"));
        noTours.setId("no-tours");
        add(new Paragraph(getTranslation("overview.intro")), actions, noTours, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload(QueryValues.number(event.getLocation().getQueryParameters(), "tour"));
    }

    /** Reloads the list of tours and shows the wanted one (or the most recent). */
    private void reload(Long wantedId) {
        var all = tours.all();
        tour.setItems(all);
        noTours.setVisible(all.isEmpty());
        content.setVisible(!all.isEmpty());
        if (!all.isEmpty()) {
            tour.setValue(all.stream().filter(t -> t.getId().equals(wantedId)).findFirst().orElse(all.getFirst()));
        }
    }

    private void show(Tour chosen) {
        tourInfo.setText(getTranslation("overview.period", DutchTime.date(chosen.getStartsOn(), getLocale()),
                DutchTime.date(chosen.getEndsOn(), getLocale()), chosen.getOrganiserEmail()));
        var held = planning.search(new SessionFilter(chosen.getId(), null, null, null, null, null)).stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED).toList();
        Map<String, Long> counts = held.stream().collect(Collectors.groupingBy(SessionFacts::provinceCode, Collectors.counting()));
        var source = fills.getIfAvailable();
        var fill = source == null ? Map.<Long, SessionFill.Fill>of() : source.fill(held.stream().map(SessionFacts::id).toList());
        var taken = new java.util.HashMap<String, CoverageTable.Taken>();
        held.forEach(s -> taken.merge(s.provinceCode(),
                CoverageTable.Taken.of(s, fill.getOrDefault(s.id(), SessionFill.Fill.NONE)), CoverageTable.Taken::plus));
        var entries = tours.coverage(chosen.getId()).entrySet().stream()
                .map(e -> new ProvinceMap.Entry(e.getKey(), e.getValue(), counts.getOrDefault(e.getKey().getCode(), 0L)))
                .toList();
        map.show(entries, chosen.getId());
        table.show(entries, chosen.getId(), taken);
        var uncoveredCodes = planning.uncoveredProvinces(chosen.getId());
        var names = entries.stream().filter(e -> uncoveredCodes.contains(e.province().getCode()))
                .map(e -> e.province().getName()).toList();
        uncovered.setText(names.isEmpty() ? getTranslation("overview.all-covered")
                : getTranslation("overview.uncovered", names.size(), String.join(", ", names)));
        uncovered.getElement().setAttribute("data-uncovered", String.valueOf(names.size()));
        uncovered.setClassName("ot-notice-warning", !names.isEmpty());
    }

    private void newSession() {
        var parameters = tour.getValue() == null ? QueryParameters.empty()
                : QueryParameters.of("tour", tour.getValue().getId().toString());
        UI.getCurrent().navigate(SessionEditorView.class, RouteParameters.empty(), parameters);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("overview.title");
    }
}
