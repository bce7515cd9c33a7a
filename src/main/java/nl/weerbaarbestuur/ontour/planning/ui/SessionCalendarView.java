package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** The sessions of a month or a week, day by day (?datum=2027-04-27&weergave=week). */
@Route("planning/kalender")
@Menu(order = 12, title = "nav.calendar", icon = "vaadin:calendar")
@RolesAllowed(Role.Names.ORGANISER)
class SessionCalendarView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private static final String MONTH = "maand";
    private static final String WEEK = "week";

    private final PlanningService planning;
    private final ProvinceService provinces;
    private final Clock clock;
    private final H2 period = new H2();
    private final RadioButtonGroup<String> mode = new RadioButtonGroup<>();
    private final Button previous = new Button();
    private final Button next = new Button();
    private final Div body = new Div();
    private LocalDate anchor;
    private Map<String, Province> byCode = Map.of();

    SessionCalendarView(PlanningService planning, ProvinceService provinces, Clock clock) {
        this.planning = planning;
        this.provinces = provinces;
        this.clock = clock;
        addClassName("ot-page");
        period.setId("cal-period");
        period.addClassName("ot-cal-heading");
        previous.setIcon(VaadinIcon.ANGLE_LEFT.create());
        previous.setId("cal-previous");
        previous.addClickListener(e -> move(-1));
        next.setIcon(VaadinIcon.ANGLE_RIGHT.create());
        next.setId("cal-next");
        next.addClickListener(e -> move(1));
        var toToday = new Button(getTranslation("calendar.today"), e -> {
            anchor = today();
            render();
        });
        toToday.setId("cal-today");
        for (var b : new Button[]{previous, toToday, next}) {
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        mode.setLabel(getTranslation("calendar.mode"));
        mode.setId("cal-mode");
        mode.setItems(MONTH, WEEK);
        mode.setItemLabelGenerator(m -> getTranslation("calendar." + m));
        mode.setValue(MONTH);
        mode.addValueChangeListener(e -> render());
        var navigation = new HorizontalLayout(previous, toToday, next);
        navigation.setSpacing(false);
        var toolbar = new HorizontalLayout(navigation, period, mode);
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.setWrap(true);
        toolbar.setWidthFull();
        toolbar.expand(period);
        toolbar.addClassName("ot-toolbar");
        body.setId("calendar");
        add(toolbar, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        byCode = provinces.all().stream().collect(Collectors.toMap(Province::getCode, Function.identity()));
        var query = event.getLocation().getQueryParameters();
        anchor = null; // no rendering while the mode is set
        mode.setValue(query.getSingleParameter("weergave").filter(WEEK::equals).orElse(MONTH));
        var wanted = QueryValues.date(query, "datum");
        anchor = wanted == null ? today() : wanted;
        render();
    }

    private boolean weekly() {
        return WEEK.equals(mode.getValue());
    }

    private void move(int steps) {
        anchor = weekly() ? anchor.plusWeeks(steps) : anchor.plusMonths(steps);
        render();
    }

    private void render() {
        if (anchor == null) {
            return;
        }
        var grid = new CalendarGrid(this, getLocale(), code -> byCode.containsKey(code) ? byCode.get(code).getName() : code, today());
        var locale = Pickers.effective(getLocale());
        LocalDate first;
        LocalDate last;
        if (weekly()) {
            first = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            last = first.plusDays(6);
            var sameYear = first.getYear() == last.getYear();
            period.setText(getTranslation("calendar.week-label", first.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    sameYear ? DateTimeFormatter.ofPattern("d MMMM", locale).format(first) : DutchTime.date(first, locale),
                    DutchTime.date(last, locale)));
        } else {
            var range = CalendarGrid.monthRange(YearMonth.from(anchor));
            first = range[0];
            last = range[1];
            var month = DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(anchor);
            period.setText(month.substring(0, 1).toUpperCase(locale) + month.substring(1));
        }
        var sessions = planning.search(new SessionFilter(null, null, null, first.atStartOfDay(DutchTime.ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant(), null));
        body.removeAll();
        body.add(weekly() ? grid.week(first, sessions) : grid.month(YearMonth.from(anchor), sessions));
        previous.setAriaLabel(getTranslation(weekly() ? "calendar.previous.week" : "calendar.previous.month"));
        next.setAriaLabel(getTranslation(weekly() ? "calendar.next.week" : "calendar.next.month"));
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("planning/kalender",
                QueryParameters.simple(Map.of("datum", anchor.toString(), "weergave", mode.getValue()))));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(DutchTime.ZONE));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("calendar.title");
    }
}
