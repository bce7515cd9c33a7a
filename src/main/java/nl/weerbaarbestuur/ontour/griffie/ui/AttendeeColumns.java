package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords.Presence;
import java.util.stream.Stream;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** The columns of the attendee grid; the sortable ones sort in the database by the entity's property. */
final class AttendeeColumns {

    private AttendeeColumns() {
    }

    /** Every column's key, in the grid's order; the column chooser names them by these. */
    static final List<String> ALL = List.of("name", "email", "function", "fractie", "province", "status", "attendance",
            "made-by", "needs", "remarks");
    /** What a laptop shows without scrolling sideways, until the user chooses otherwise. */
    static final List<String> DEFAULT = List.of("name", "function", "fractie", "province", "status", "attendance");
    /**
     * The order in which chosen columns give way when the screen is too narrow for all of them
     * ({@link nl.weerbaarbestuur.ontour.shared.ui.FittedColumns}), most important first: a phone
     * keeps the name and the status (which then also shows the attendance), a tablet with the
     * menu open loses the province (a griffie's own, mostly) first.
     */
    static final List<String> BY_IMPORTANCE = List.of("name", "status", "attendance", "fractie", "function", "province",
            "email", "made-by", "needs", "remarks");
    /** The grid's class while the attendance column gives way: the status cell then shows it. */
    static final String PRESENCE_IN_STATUS = "ot-presence-in-status";

    /**
     * Widths fixed rather than measured (in rem: an em in a header cell is smaller than in a body
     * cell), so that the default columns fit a 1280 px laptop with the menu open and the fitting
     * knows what each needs; long values wrap in the cell instead of widening the grid.
     */
    static void addTo(Grid<Attendee> grid, Component texts, java.util.Locale locale, LongFunction<Presence> presence) {
        grid.addColumn(Attendee::fullName).setHeader(texts.getTranslation("griffie.column.name")).setKey("name")
                .setSortProperty("fullName").setWidth("9rem").setFlexGrow(2);
        grid.addColumn(Attendee::email).setHeader(texts.getTranslation("griffie.column.email")).setKey("email")
                .setSortProperty("email").setWidth("12rem").setFlexGrow(1);
        grid.addColumn(a -> texts.getTranslation("function." + a.function().name())).setKey("function")
                // "Griffiemedewerker", the longest word of any function, fits without breaking (130 px at 16 px)
                .setHeader(texts.getTranslation("griffie.column.function")).setWidth("10.5rem").setFlexGrow(1);
        grid.addColumn(Attendee::fractie).setHeader(texts.getTranslation("griffie.column.fractie")).setKey("fractie")
                .setSortProperty("fractie").setWidth("7rem").setFlexGrow(1);
        grid.addColumn(Attendee::provinceCode).setHeader(texts.getTranslation("griffie.column.province"))
                .setKey("province").setSortProperty("provinceCode").setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(a -> status(a, presence.apply(a.registrationId()), texts))
                .setHeader(texts.getTranslation("griffie.column.status"))
                .setKey("status").setSortProperty("status").setWidth("8.5rem").setFlexGrow(1);
        grid.addComponentColumn(a -> attended(presence.apply(a.registrationId()), texts))
                .setHeader(texts.getTranslation("results.checkin.column")).setKey("attendance").setWidth("8rem")
                .setFlexGrow(0);
        grid.addColumn(a -> texts.getTranslation("griffie.column.made-by-value",
                        texts.getTranslation("griffie.made-by." + a.madeBy().name()),
                        a.madeByAccount() == null ? "" : a.madeByAccount(), DutchTime.dateTime(a.createdAt(), locale)))
                .setHeader(texts.getTranslation("griffie.column.made-by")).setKey("made-by").setSortProperty("createdAt")
                .setWidth("12rem");
        grid.addColumn(a -> Stream.of(a.accessibilityNeeds(), a.dietaryNeeds()).filter(s -> s != null && !s.isBlank())
                        .collect(Collectors.joining(" · ")))
                .setHeader(texts.getTranslation("griffie.column.needs")).setKey("needs").setWidth("12rem");
        grid.addColumn(Attendee::remarks).setHeader(texts.getTranslation("griffie.column.remarks")).setKey("remarks")
                .setWidth("12rem");
    }

    /** Checked in (at what time), no-show, or nothing recorded (an empty cell). */
    private static Span attended(Presence presence, Component texts) {
        var badge = new Span();
        if (presence == null) {
            return badge;
        }
        badge.addClassName("ot-badge");
        if (presence.checkedIn()) {
            badge.setText(texts.getTranslation("results.checkin.checked-in", DutchTime.time(presence.checkedInAt())));
            badge.addClassName("ot-badge-ok");
        } else if (presence.noShow()) {
            badge.setText(texts.getTranslation("results.checkin.no-show"));
            badge.addClassName("ot-badge-muted");
        }
        return badge;
    }

    /**
     * The status; under it what the person answered to their calendar invite (read from the reply
     * mailbox: the status column is on every screen size, so the answer is too), and what attendance
     * recorded, shown only while the attendance column gives way for want of room (the grid then has
     * {@link #PRESENCE_IN_STATUS}; see ontour.css).
     */
    private static Component status(Attendee a, Presence presence, Component texts) {
        var badge = new Span(texts.getTranslation("registration.status." + a.status().name()));
        badge.addClassName("ot-badge");
        if (a.status() == RegistrationStatus.CONFIRMED) {
            badge.addClassName("ot-badge-ok");
        } else if (!a.status().isActive()) {
            badge.addClassName("ot-badge-muted");
        }
        if (a.calendarAnswer() == null && presence == null) {
            return badge;
        }
        var cell = new Div(badge);
        if (a.calendarAnswer() != null) {
            cell.add(calendarAnswer(a.calendarAnswer(), texts));
        }
        if (presence != null) {
            var attended = attended(presence, texts);
            attended.addClassName("ot-status-presence");
            cell.add(attended);
        }
        cell.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "0.25rem");
        return cell;
    }

    /** "Agenda: geaccepteerd / onder voorbehoud / afgewezen" as a small badge. */
    static Span calendarAnswer(CalendarAnswer answer, Component texts) {
        var badge = new Span(texts.getTranslation(answer.messageKey()));
        badge.addClassNames("ot-badge", "ot-calendar-answer", answer == CalendarAnswer.DECLINED ? "ot-badge-muted" : "ot-badge-ok");
        badge.getElement().setAttribute("data-calendar-answer", answer.name());
        return badge;
    }
}
