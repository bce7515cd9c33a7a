package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFill;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;
import org.springframework.beans.factory.ObjectProvider;

/** All sessions in time order, filtered by tour, province, status, period and trainer. */
@Route("planning/sessies")
@Menu(order = 11, title = "nav.sessions", icon = "vaadin:list")
@RolesAllowed(Role.Names.ORGANISER)
class SessionListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanningService planning;
    private final TourService tours;
    private final ProvinceService provinces;
    private final TrainerService trainers;
    private final SessionFilterBar filters = new SessionFilterBar(this::filtersChanged);
    private final Grid<SessionFacts> grid = new Grid<>();
    private final Span count = new Span();
    private final ObjectProvider<SessionFill> fills;
    private Map<String, Province> byCode = Map.of();
    private Map<Long, SessionFill.Fill> fill = Map.of();

    SessionListView(PlanningService planning, TourService tours, ProvinceService provinces, TrainerService trainers,
                    ObjectProvider<SessionFill> fills) {
        this.planning = planning;
        this.fills = fills;
        this.tours = tours;
        this.provinces = provinces;
        this.trainers = trainers;
        addClassName("ot-page");
        var newSession = new Button(getTranslation("sessions.new"), e -> newSession());
        newSession.setId("new-session");
        newSession.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        count.setId("session-count");
        count.addClassName("ot-muted");
        count.getElement().setAttribute("aria-live", "polite");
        var bar = new HorizontalLayout(count, newSession);
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        bar.setWidthFull();

        grid.setId("sessions-grid");
        // Widths in rem, fixed: the fitting below needs to know what each column takes.
        var when = grid.addColumn(s -> DutchTime.period(s.startsAt(), s.endsAt(), getLocale())).setHeader(getTranslation("session.when"))
                .setComparator(Comparator.comparing(SessionFacts::startsAt)).setWidth("8.5rem").setFlexGrow(0);
        var province = grid.addColumn(s -> provinceName(s.provinceCode())).setHeader(getTranslation("session.province"))
                .setSortable(true).setWidth("7rem").setFlexGrow(0);
        var title = grid.addComponentColumn(this::titleLink).setHeader(getTranslation("session.title"))
                .setWidth("10.5rem").setFlexGrow(2);
        var format = grid.addColumn(s -> getTranslation("format." + s.format().name())).setHeader(getTranslation("session.format"))
                .setWidth("6.5rem").setFlexGrow(0);
        var status = grid.addComponentColumn(s -> StatusBadge.of(this, s.status())).setHeader(getTranslation("session.status"))
                .setWidth("9.5rem").setFlexGrow(0);
        var taken = grid.addComponentColumn(s -> FillText.of(this, s, fill.getOrDefault(s.id(), SessionFill.Fill.NONE)))
                .setHeader(getTranslation("sessions.column.fill")).setKey("fill").setWidth("8rem").setFlexGrow(0);
        var trainerNames = grid.addColumn(s -> String.join(", ", s.trainerNames())).setHeader(getTranslation("sessions.column.trainers"))
                .setWidth("9rem").setFlexGrow(1);
        var tour = grid.addColumn(SessionFacts::tourName).setHeader(getTranslation("sessions.column.tour"))
                .setWidth("9rem").setFlexGrow(1);
        grid.setEmptyStateText(getTranslation("sessions.empty"));
        // The title is a link of its own; a click elsewhere on the row opens the session too.
        grid.addItemClickListener(e -> {
            if (e.getColumn() != title) {
                open(e.getItem());
            }
        });
        grid.addClassName("ot-sessions-grid");
        // Long titles and several trainers wrap onto a second line instead of ending in "Weerb...".
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // As many columns as fit, most important first: a phone keeps the title and when (date above
        // time); province and status can be chosen in the filters above.
        FittedColumns.fit(grid, List.of(title, when, province, status, taken, format, trainerNames, tour));
        add(filters, bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var all = provinces.all();
        byCode = all.stream().collect(Collectors.toMap(Province::getCode, Function.identity()));
        filters.apply(tours.all(), all, trainers.all(), event.getLocation().getQueryParameters());
        refresh();
    }

    private void filtersChanged() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("planning/sessies", filters.query()));
        refresh();
    }

    private void refresh() {
        var found = planning.search(filters.filter());
        var source = fills.getIfAvailable();
        fill = source == null ? Map.of() : source.fill(found.stream().map(SessionFacts::id).toList());
        grid.setItems(found);
        count.setText(getTranslation("sessions.count", found.size()));
    }

    private RouterLink titleLink(SessionFacts session) {
        // A link, so that keyboard and screen-reader users reach the editor too; the title is text, never HTML.
        var link = new RouterLink(session.title(), SessionEditorView.class,
                new RouteParameters("id", String.valueOf(session.id())));
        link.addClassName("ot-grid-link");
        return link;
    }

    private void open(SessionFacts session) {
        UI.getCurrent().navigate(SessionEditorView.class, new RouteParameters("id", String.valueOf(session.id())));
    }

    private void newSession() {
        var values = new HashMap<String, String>();
        if (filters.province() != null) {
            values.put("provincie", filters.province().getCode());
        }
        if (filters.tour() != null) {
            values.put("tour", filters.tour().getId().toString());
        }
        UI.getCurrent().navigate(SessionEditorView.class, RouteParameters.empty(), QueryParameters.simple(values));
    }

    private String provinceName(String code) {
        var province = byCode.get(code);
        return province == null ? code : province.getName();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sessions.title");
    }
}
