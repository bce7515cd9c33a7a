package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;
import nl.weerbaarbestuur.ontour.tourplanning.TrainerDates;

/**
 * Trainers' availability, entered by organisers for them: per trainer the days they cannot and the
 * most sessions they take on in one week. The planner never plans a trainer on such a day.
 */
@Route("tourplanning/trainers")
@Menu(order = 83.5, title = "tourplanning.input.nav.trainers", icon = "vaadin:calendar-user")
@RolesAllowed(Role.Names.ORGANISER)
class TrainerAvailabilityView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainerDates service;
    private final Clock clock;
    private final Grid<TrainerDates.Availability> grid = new Grid<>();

    TrainerAvailabilityView(TrainerDates service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("ot-page");
        grid.setId("availability-grid");
        grid.setAllRowsVisible(true);
        // Widths in rem, cells that wrap, and as many columns as fit (most important first): on a
        // phone the name and its button, without scrolling sideways.
        var name = grid.addColumn(TrainerDates.Availability::name).setHeader(getTranslation("tourplanning.input.trainers.name"))
                .setWidth("9rem").setFlexGrow(1);
        var days = grid.addColumn(a -> upcoming(a)).setHeader(getTranslation("tourplanning.input.trainers.days"))
                .setWidth("12rem").setFlexGrow(1);
        var max = grid.addColumn(a -> a.maxPerWeek() == null ? getTranslation("tourplanning.input.trainers.no-limit")
                : String.valueOf(a.maxPerWeek())).setHeader(getTranslation("tourplanning.input.trainers.max")).setWidth("8rem")
                .setFlexGrow(0);
        var actions = grid.addComponentColumn(a -> {
            var edit = new Button(getTranslation("action.edit"), e -> open(a));
            edit.setId("availability-edit-" + a.trainerId());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("tourplanning.input.trainers.edit", a.name()));
            return edit;
        }).setHeader(getTranslation("grid.actions")).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(grid, List.of(name, actions, days, max));
        grid.setEmptyStateText(getTranslation("tourplanning.input.trainers.empty"));
        grid.addClassName("ot-admin-grid");
        add(new Paragraph(getTranslation("tourplanning.input.trainers.intro")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(service.all());
    }

    /** "3 (eerstvolgende: 14 september 2027)", counting today and later only. */
    private String upcoming(TrainerDates.Availability availability) {
        var today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        var ahead = availability.unavailableDates().stream().filter(d -> !d.isBefore(today)).toList();
        return ahead.isEmpty() ? "0" : getTranslation("tourplanning.input.trainers.upcoming", ahead.size(),
                DutchTime.date(ahead.getFirst(), getLocale()));
    }

    private void open(TrainerDates.Availability availability) {
        new TrainerDatesDialog(service, service.of(availability.trainerId()), this::refresh).open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tourplanning.input.trainers.title");
    }
}
