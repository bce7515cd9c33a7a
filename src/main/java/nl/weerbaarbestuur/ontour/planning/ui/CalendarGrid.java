package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.DutchHolidays;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * Builds the month and the week of the calendar from plain components and a CSS grid: seven
 * columns, Monday first, each day with its sessions in time order as links to the editor. Public
 * holidays are named in their day, since planning on one raises a warning anyway.
 */
final class CalendarGrid {

    private final Component translator;
    private final Locale locale;
    private final Function<String, String> provinceName;
    private final LocalDate today;

    CalendarGrid(Component translator, Locale locale, Function<String, String> provinceName, LocalDate today) {
        this.translator = translator;
        this.locale = Pickers.effective(locale);
        this.provinceName = provinceName;
        this.today = today;
    }

    /** The first and last day shown for a month: whole weeks, Monday to Sunday. */
    static LocalDate[] monthRange(YearMonth month) {
        return new LocalDate[]{month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
                month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY))};
    }

    Div month(YearMonth month, List<SessionFacts> sessions) {
        var range = monthRange(month);
        var calendar = container("ot-cal-month", sessions.isEmpty());
        var byDay = byDay(sessions);
        for (var day = range[0]; !day.isAfter(range[1]); day = day.plusDays(1)) {
            var cell = day(day, byDay.getOrDefault(day, List.of()), false);
            if (!YearMonth.from(day).equals(month)) {
                cell.addClassName("ot-cal-outside");
            }
            calendar.add(cell);
        }
        return calendar;
    }

    Div week(LocalDate monday, List<SessionFacts> sessions) {
        var calendar = container("ot-cal-week", sessions.isEmpty());
        var byDay = byDay(sessions);
        for (int i = 0; i < 7; i++) {
            calendar.add(day(monday.plusDays(i), byDay.getOrDefault(monday.plusDays(i), List.of()), true));
        }
        return calendar;
    }

    private Div container(String mode, boolean empty) {
        var calendar = new Div();
        calendar.addClassNames("ot-cal", mode);
        for (var day : DayOfWeek.values()) {
            var name = new Div(longAndShort(day.getDisplayName(TextStyle.FULL, locale), day.getDisplayName(TextStyle.SHORT, locale)));
            name.addClassName("ot-cal-weekday");
            // The day names are repeated inside every day for screen readers.
            name.getElement().setAttribute("aria-hidden", "true");
            calendar.add(name);
        }
        if (empty) {
            calendar.getElement().setAttribute("data-empty", "true");
        }
        return calendar;
    }

    private Div day(LocalDate date, List<SessionFacts> sessions, boolean week) {
        var cell = new Div();
        cell.addClassName("ot-cal-day");
        cell.setId("cal-day-" + date);
        if (date.equals(today)) {
            cell.addClassName("ot-cal-today");
            cell.getElement().setAttribute("aria-current", "date");
        }
        var number = new Span(week ? DateTimeFormatter.ofPattern("EEE d MMM", locale).format(date) : String.valueOf(date.getDayOfMonth()));
        number.addClassName("ot-cal-date");
        number.getElement().setAttribute("aria-hidden", "true");
        var spoken = new Span(DateTimeFormatter.ofPattern("EEEE d MMMM", locale).format(date));
        spoken.addClassName("ot-sr-only");
        cell.add(number, spoken);
        DutchHolidays.on(date).ifPresent(holiday -> {
            var name = new Span(translator.getTranslation(holiday));
            name.addClassName("ot-cal-holiday");
            cell.add(name);
        });
        if (!sessions.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("ot-cal-sessions");
            sessions.forEach(s -> list.add(new ListItem(link(s, week))));
            cell.add(list);
        }
        return cell;
    }

    private RouterLink link(SessionFacts session, boolean week) {
        var link = new RouterLink();
        link.setRoute(SessionEditorView.class, new RouteParameters("id", String.valueOf(session.id())));
        link.setId("cal-session-" + session.id());
        link.addClassNames("ot-cal-session", "ot-status-" + session.status().name().toLowerCase(Locale.ROOT));
        var time = new Span(week ? DutchTime.time(session.startsAt()) + "–" + DutchTime.time(session.endsAt())
                : DutchTime.time(session.startsAt()));
        time.addClassName("ot-cal-time");
        var province = new Span(week ? provinceName.apply(session.provinceCode()) : session.provinceCode());
        province.addClassName("ot-cal-province");
        province.getElement().setAttribute("title", provinceName.apply(session.provinceCode()));
        var title = new Span(session.title());
        title.addClassName("ot-cal-title");
        link.add(time, new Span(" "), province, new Span(" "), title);
        if (session.status() == SessionStatus.DRAFT || session.status() == SessionStatus.CANCELLED) {
            var status = new Span(" (" + translator.getTranslation("status." + session.status().name()) + ")");
            status.addClassName("ot-cal-status");
            link.add(status);
        }
        link.getElement().setAttribute("title", session.title());
        return link;
    }

    private static Map<LocalDate, List<SessionFacts>> byDay(List<SessionFacts> sessions) {
        return sessions.stream().collect(Collectors.groupingBy(s -> DutchTime.inAmsterdam(s.startsAt()).toLocalDate()));
    }

    private static Span longAndShort(String full, String abbreviated) {
        var longName = new Span(full);
        longName.addClassName("ot-long");
        var shortName = new Span(abbreviated);
        shortName.addClassName("ot-short");
        return new Span(longName, shortName);
    }
}
