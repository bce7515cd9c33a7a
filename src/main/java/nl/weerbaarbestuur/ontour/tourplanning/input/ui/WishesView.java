package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;
import nl.weerbaarbestuur.ontour.tourplanning.ProvinceInputs;

/**
 * "Tourplanning: wensen": every province's input for a tour in one table (answered or not, how many
 * dates do not suit, the preference), the number of sessions wanted per province (edited in place,
 * default 1), and a reminder to the griffie of a province that has not answered.
 */
@Route("tourplanning/wensen")
@Menu(order = 13, title = "tourplanning.input.nav.wishes", icon = "vaadin:comments-o")
@RolesAllowed(Role.Names.ORGANISER)
class WishesView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProvinceInputs inputs;
    private final TourService tours;
    private final Clock clock;
    private final Select<Tour> tour = new Select<>();
    private final Grid<ProvinceInputs.Row> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();

    WishesView(ProvinceInputs inputs, TourService tours, Clock clock) {
        this.inputs = inputs;
        this.tours = tours;
        this.clock = clock;
        addClassName("ot-page");
        tour.setId("wishes-tour");
        tour.setLabel(getTranslation("tourplanning.input.tour"));
        tour.setItemLabelGenerator(Tour::getName);
        tour.addClassName("ot-tour-select");
        tour.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                UI.getCurrent().navigate("tourplanning/wensen", QueryParameters.of("tour", e.getValue().getId().toString()));
            }
        });
        var remindAll = new Button(getTranslation("tourplanning.input.wishes.remind-all"), e -> remindAll());
        remindAll.setId("wishes-remind-all");
        remindAll.addClassName("ot-long-button");
        var toTrainers = new RouterLink(getTranslation("tourplanning.input.nav.trainers"), TrainerAvailabilityView.class);
        var toHolidays = new RouterLink(getTranslation("tourplanning.input.nav.holidays"), SchoolHolidayView.class);
        var actions = new HorizontalLayout(tour, remindAll);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        summary.setId("wishes-summary");
        var locale = getLocale();
        grid.setId("wishes-grid");
        grid.setAllRowsVisible(true);
        // Widths in rem, cells that wrap, and as many columns as fit (most important first): on a
        // phone the province, whether it answered and the sessions wanted, without scrolling sideways.
        var province = grid.addComponentColumn(this::provinceLink).setHeader(getTranslation("tourplanning.input.province"))
                .setWidth("8rem").setFlexGrow(1);
        var status = grid.addComponentColumn(r -> {
            var answered = new Span(r.answeredAt() == null ? getTranslation("tourplanning.input.wishes.not-answered")
                    : getTranslation("tourplanning.input.wishes.answered", DutchTime.dateTime(r.answeredAt(), locale)));
            answered.setId("wishes-answered-" + r.provinceCode());
            answered.getElement().setAttribute("data-answered", String.valueOf(r.answered()));
            return answered;
        }).setHeader(getTranslation("tourplanning.input.wishes.status")).setWidth("9rem").setFlexGrow(1);
        var dates = grid.addColumn(r -> r.answered() ? String.valueOf(r.unsuitableDates()) : "–")
                .setHeader(getTranslation("tourplanning.input.wishes.dates")).setWidth("7rem").setFlexGrow(0);
        var preference = grid.addColumn(r -> r.answered() ? preference(r) : "–")
                .setHeader(getTranslation("tourplanning.input.preference")).setWidth("9rem").setFlexGrow(1);
        var sessions = grid.addComponentColumn(this::sessionsField).setHeader(getTranslation("tourplanning.input.wishes.sessions"))
                .setWidth("9rem").setFlexGrow(0);
        var reminder = grid.addComponentColumn(this::reminder).setHeader(getTranslation("tourplanning.input.wishes.reminder"))
                .setWidth("11rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var fit = FittedColumns.fit(grid, List.of(province, status, sessions, reminder, dates, preference));
        add(new Paragraph(getTranslation("tourplanning.input.wishes.intro")), actions, summary,
                fit.leftOutNote("wishes-left-out"), grid,
                new HorizontalLayout(toTrainers, toHolidays));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var all = tours.all();
        var wanted = InputUi.number(event.getLocation().getQueryParameters().getSingleParameter("tour").orElse(""));
        var chosen = InputUi.chooseTour(all, wanted, LocalDate.now(clock.withZone(DutchTime.ZONE)));
        tour.setItems(all);
        if (chosen == null) {
            summary.setText(getTranslation("tourplanning.input.no-tour"));
            grid.setVisible(false);
            return;
        }
        tour.setValue(chosen);
        refresh();
    }

    private long tourId() {
        return tour.getValue() == null ? -1 : tour.getValue().getId();
    }

    private RouterLink provinceLink(ProvinceInputs.Row row) {
        var link = new RouterLink(row.provinceName(), OrganiserDatesView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of("tour", String.valueOf(tourId()), "provincie", row.provinceCode())));
        link.setId("wishes-open-" + row.provinceCode());
        return link;
    }

    private void refresh() {
        var rows = inputs.overview(tourId());
        grid.setItems(rows);
        summarise(rows);
    }

    private void summarise(java.util.List<ProvinceInputs.Row> rows) {
        long answered = rows.stream().filter(ProvinceInputs.Row::answered).count();
        int sessions = rows.stream().mapToInt(ProvinceInputs.Row::sessionsWanted).sum();
        summary.setText(getTranslation("tourplanning.input.wishes.summary", answered, rows.size(), sessions));
    }

    private String preference(ProvinceInputs.Row row) {
        var days = InputUi.weekdays(row.weekdays(), getLocale());
        var part = InputUi.partOfDay(this, row.partOfDay());
        return days.isEmpty() ? part : part + "; " + days;
    }

    private IntegerField sessionsField(ProvinceInputs.Row row) {
        var field = new IntegerField();
        field.setId("wishes-sessions-" + row.provinceCode());
        field.setAriaLabel(getTranslation("tourplanning.input.wishes.sessions-for", row.provinceName()));
        field.setMin(0);
        field.setMax(ProvinceInputs.MAX_SESSIONS);
        field.setStepButtonsVisible(true);
        field.setWidth("7rem");
        field.setManualValidation(true);
        field.setValue(row.sessionsWanted());
        field.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            field.setInvalid(false);
            try {
                if (e.getValue() == null) {
                    throw new InvalidInputException(java.util.List.of(new InvalidInputException.FieldError("sessionsWanted",
                            "tourplanning.input.error.sessions", ProvinceInputs.MAX_SESSIONS)));
                }
                inputs.setSessionsWanted(tourId(), row.provinceCode(), e.getValue());
                InputUi.success(this, getTranslation("tourplanning.input.wishes.sessions-saved", row.provinceName(), e.getValue()));
                summarise(inputs.overview(tourId()));
            } catch (InvalidInputException refused) {
                field.setErrorMessage(String.join(" ", InputUi.messages(this, refused)));
                field.setInvalid(true);
            }
        });
        return field;
    }

    private Div reminder(ProvinceInputs.Row row) {
        var cell = new Div();
        if (row.remindedAt() != null) {
            cell.add(new Span(getTranslation("tourplanning.input.wishes.reminded", DutchTime.dateTime(row.remindedAt(), getLocale()))
                    + " "));
        }
        if (!row.answered()) {
            var remind = new Button(getTranslation("tourplanning.input.wishes.remind"), e -> remind(row));
            remind.setId("wishes-remind-" + row.provinceCode());
            remind.addThemeVariants(ButtonVariant.LUMO_SMALL);
            remind.setAriaLabel(getTranslation("tourplanning.input.wishes.remind-province", row.provinceName()));
            remind.setEnabled(row.griffieUsers() > 0);
            if (row.griffieUsers() == 0) {
                remind.setTooltipText(getTranslation("tourplanning.input.error.no-griffie"));
            }
            cell.add(remind);
        }
        return cell;
    }

    private void remind(ProvinceInputs.Row row) {
        try {
            int queued = inputs.remind(tourId(), row.provinceCode());
            InputUi.success(this, queued == 0 ? getTranslation("tourplanning.input.wishes.reminded-today", row.provinceName())
                    : getTranslation("tourplanning.input.wishes.remind-queued", queued, row.provinceName()));
            refresh();
        } catch (BusinessRuleException refused) {
            InputUi.error(InputUi.message(this, refused.messageKey(), refused.arguments()));
        }
    }

    private void remindAll() {
        int queued = inputs.remindAllUnanswered(tourId());
        InputUi.success(this, getTranslation("tourplanning.input.wishes.remind-all-queued", queued));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tourplanning.input.wishes.title");
    }
}
