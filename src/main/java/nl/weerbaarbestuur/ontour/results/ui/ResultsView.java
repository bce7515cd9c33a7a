package nl.weerbaarbestuur.ontour.results.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
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
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.results.FiguresCsv;
import nl.weerbaarbestuur.ontour.results.ProvinceFigures;
import nl.weerbaarbestuur.ontour.results.ResultsService;
import nl.weerbaarbestuur.ontour.results.SessionFigures;
import nl.weerbaarbestuur.ontour.results.TourFigures;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;
import org.jspecify.annotations.Nullable;

/** How the tour is doing, per province and in total, with charts, the coverage map and a CSV export. */
@Route("resultaten")
@Menu(order = 12, title = "results.nav", icon = "vaadin:chart")
@RolesAllowed(Role.Names.ORGANISER)
class ResultsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TourService tours;
    private final ResultsService results;
    private final Select<Tour> tour = new Select<>();
    private final Paragraph computed = new Paragraph();
    private final Grid<ProvinceFigures> grid = new Grid<>();
    private final Grid<SessionFigures> sessionGrid = new Grid<>();
    private final BarChart reach = new BarChart("reach-chart");
    private final BarChart fill = new BarChart("fill-chart");
    private final Anchor csv = new Anchor();
    private final Anchor map = new Anchor();
    private final Paragraph noTours = new Paragraph();
    private final Div content = new Div();
    private @Nullable TourFigures figures;

    ResultsView(TourService tours, ResultsService results) {
        this.tours = tours;
        this.results = results;
        addClassNames("ot-page", "rs-results");
        tour.setLabel(getTranslation("results.tour"));
        tour.setId("results-tour");
        tour.setItemLabelGenerator(Tour::getName);
        // Wide enough for a tour's full name; never wider than the screen.
        tour.setWidth("min(100%, 32em)");
        tour.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                show(e.getValue());
                if (e.isFromClient()) {
                    UI.getCurrent().getPage().getHistory().replaceState(null,
                            new Location("resultaten", QueryParameters.of("tour", e.getValue().getId().toString())));
                }
            }
        });
        csv.setId("results-csv");
        csv.setText(getTranslation("results.csv"));
        map.setId("results-map");
        map.setText(getTranslation("results.map"));
        var actions = new HorizontalLayout(tour, csv, map);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        computed.setId("results-computed");
        computed.addClassName("ot-muted");
        grid.setId("results-grid");
        grid.setAllRowsVisible(true);
        grid.setPartNameGenerator(f -> f.isTotal() ? "rs-total" : null);
        var provinceFit = columns();
        sessionGrid.setId("results-sessions");
        sessionGrid.setAllRowsVisible(true);
        sessionGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var sessionFit = sessionColumns();
        content.add(computed, new H2(getTranslation("results.per-province")), provinceFit.leftOutNote("results-left-out"), grid,
                new H2(getTranslation("results.reach.heading")), new Paragraph(getTranslation("results.reach.explained")),
                reach, new H2(getTranslation("results.fill.heading")), fill,
                new H2(getTranslation("results.per-session")), sessionFit.leftOutNote("results-sessions-left-out"), sessionGrid);
        noTours.setText(getTranslation("results.no-tours"));
        noTours.setId("results-no-tours");
        add(new Paragraph(getTranslation("results.intro")), actions, noTours, content);
    }

    private FittedColumns columns() {
        var province = grid.addColumn(f -> f.isTotal() ? getTranslation("results.total") : f.provinceName())
                .setHeader(getTranslation("results.column.province")).setWidth("8rem").setFlexGrow(1);
        // Narrow figure columns with headers that wrap: the whole table fits beside the menu.
        var planned = figure(ProvinceFigures::sessionsPlanned, "results.column.sessions-planned");
        var held = figure(ProvinceFigures::sessionsHeld, "results.column.sessions-held");
        // "Aanmeldingen" is one long word: its header needs a little more room.
        var registrations = figure(ProvinceFigures::registrations, "results.column.registrations").setWidth("6.5rem");
        var fill = figure(f -> rate(f.fillRate()), "results.column.fill-rate");
        var waitlisted = figure(ProvinceFigures::waitlisted, "results.column.waitlisted");
        var attendance = figure(f -> rate(f.attendanceRate()), "results.column.attendance-rate");
        var reached = figure(f -> f.statenledenReached() + " / " + f.psSeats(), "results.column.statenleden-reached");
        var reach = figure(f -> rate(f.reach()), "results.column.reach");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // As many columns as fit, most important first: on a phone the province, its reach and how
        // full its sessions were; the CSV has every figure.
        return FittedColumns.fit(grid, List.of(province, reach, fill, attendance, registrations, held, planned, reached, waitlisted));
    }

    private Grid.Column<ProvinceFigures> figure(com.vaadin.flow.function.ValueProvider<ProvinceFigures, ?> value, String headerKey) {
        return grid.addColumn(value).setHeader(getTranslation(headerKey)).setWidth("5.5rem").setFlexGrow(1);
    }

    private FittedColumns sessionColumns() {
        // Widths in rem, titles that wrap rather than being cut to "Weerb...", and as many columns as
        // fit (most important first): on a phone the session, when, and how full it was.
        var when = sessionGrid.addColumn(s -> DutchTime.dateTime(s.startsAt(), getLocale())).setHeader(getTranslation("session.when"))
                .setWidth("8rem").setFlexGrow(0);
        var code = sessionGrid.addColumn(SessionFigures::provinceCode).setHeader(getTranslation("results.column.code"))
                .setWidth("4.5rem").setFlexGrow(0);
        var title = sessionGrid.addColumn(SessionFigures::title).setHeader(getTranslation("session.title")).setFlexGrow(1)
                .setWidth("10rem");
        var status = sessionGrid.addColumn(s -> getTranslation("status." + s.status().name())).setHeader(getTranslation("session.status"))
                .setWidth("7.5rem").setFlexGrow(0);
        var confirmed = sessionGrid.addColumn(s -> s.confirmed() + " / " + s.capacity())
                .setHeader(getTranslation("results.column.confirmed")).setWidth("6.5rem").setFlexGrow(0);
        var waitlisted = sessionGrid.addColumn(SessionFigures::waitlisted).setHeader(getTranslation("results.column.waitlisted"))
                .setWidth("6.5rem").setFlexGrow(0);
        var checkedIn = sessionGrid.addColumn(SessionFigures::checkedIn).setHeader(getTranslation("results.column.checked-in"))
                .setWidth("6.5rem").setFlexGrow(0);
        var noShows = sessionGrid.addColumn(SessionFigures::noShows).setHeader(getTranslation("results.column.no-shows"))
                .setWidth("6.5rem").setFlexGrow(0);
        // The check-in page lives in the attendance module; linked by address. A draft has nobody to check in.
        var checkIn = sessionGrid.addComponentColumn(s -> s.status() == SessionStatus.DRAFT ? new Span()
                        : new Anchor("aanwezigheid/" + s.sessionId(), getTranslation("results.checkin.link")))
                .setHeader(getTranslation("results.checkin.column")).setWidth("7rem").setFlexGrow(0);
        return FittedColumns.fit(sessionGrid, List.of(title, when, confirmed, checkedIn, status, checkIn, noShows, waitlisted, code));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var wanted = event.getLocation().getQueryParameters().getSingleParameter("tour").orElse("");
        var all = tours.all();
        tour.setItems(all);
        noTours.setVisible(all.isEmpty());
        content.setVisible(!all.isEmpty());
        if (!all.isEmpty()) {
            tour.setValue(all.stream().filter(t -> t.getId().toString().equals(wanted)).findFirst().orElse(all.getFirst()));
        }
    }

    private void show(Tour chosen) {
        figures = results.figures(chosen.getId());
        computed.setText(getTranslation("results.computed", DutchTime.dateTime(figures.computedAt(), getLocale())));
        var rows = new ArrayList<>(figures.provinces());
        rows.add(figures.total());
        grid.setItems(rows);
        sessionGrid.setItems(figures.sessions());
        var reachBars = new ArrayList<BarChart.Bar>();
        var fillBars = new ArrayList<BarChart.Bar>();
        for (var f : figures.provinces()) {
            // Province rows always have a name; only the total row has none.
            var name = Objects.requireNonNullElse(f.provinceName(), "");
            reachBars.add(new BarChart.Bar(name, f.reach(),
                    getTranslation("results.reach.value", rate(f.reach()), f.statenledenReached(), f.psSeats())));
            fillBars.add(new BarChart.Bar(name, f.fillRate(),
                    getTranslation("results.fill.value", rate(f.fillRate()), f.confirmed(), f.capacity())));
        }
        reach.show(getTranslation("results.reach.heading"), reachBars);
        fill.show(getTranslation("results.fill.heading"), fillBars);
        map.setHref("planning?tour=" + chosen.getId());
        Function<String, String> translate = this::getTranslation;
        var bytes = FiguresCsv.write(figures, translate, DutchTime.formatLocale(getLocale()));
        csv.setHref(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(bytes),
                "resultaten-tour-" + chosen.getId() + ".csv", "text/csv;charset=UTF-8", bytes.length)));
    }

    /** The figures as offered for download, for tests. */
    @Nullable TourFigures figures() {
        return figures;
    }

    private String rate(@Nullable Double value) {
        return value == null ? "–" : FiguresCsv.percent(value, DutchTime.formatLocale(getLocale()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("results.title");
    }
}
