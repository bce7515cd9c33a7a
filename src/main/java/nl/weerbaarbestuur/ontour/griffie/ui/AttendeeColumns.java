package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords.Presence;
import java.util.stream.Stream;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** The columns of the attendee grid; the sortable ones sort in the database by the entity's property. */
final class AttendeeColumns {

    private AttendeeColumns() {
    }

    static void addTo(Grid<Attendee> grid, Component texts, java.util.Locale locale, LongFunction<Presence> presence) {
        grid.addColumn(Attendee::fullName).setHeader(texts.getTranslation("griffie.column.name"))
                .setSortProperty("fullName").setAutoWidth(true).setFlexGrow(1);
        grid.addColumn(Attendee::email).setHeader(texts.getTranslation("griffie.column.email"))
                .setSortProperty("email").setAutoWidth(true);
        grid.addColumn(a -> texts.getTranslation("function." + a.function().name()))
                .setHeader(texts.getTranslation("griffie.column.function")).setAutoWidth(true);
        grid.addColumn(Attendee::fractie).setHeader(texts.getTranslation("griffie.column.fractie"))
                .setSortProperty("fractie").setAutoWidth(true);
        grid.addColumn(Attendee::provinceCode).setHeader(texts.getTranslation("griffie.column.province"))
                .setSortProperty("provinceCode").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(a -> status(a, texts)).setHeader(texts.getTranslation("griffie.column.status"))
                .setSortProperty("status").setAutoWidth(true);
        grid.addComponentColumn(a -> attended(presence.apply(a.registrationId()), texts))
                .setHeader(texts.getTranslation("results.checkin.column")).setKey("attendance").setAutoWidth(true);
        grid.addColumn(a -> texts.getTranslation("griffie.column.made-by-value",
                        texts.getTranslation("griffie.made-by." + a.madeBy().name()),
                        a.madeByAccount() == null ? "" : a.madeByAccount(), DutchTime.dateTime(a.createdAt(), locale)))
                .setHeader(texts.getTranslation("griffie.column.made-by")).setSortProperty("createdAt").setAutoWidth(true);
        grid.addColumn(a -> Stream.of(a.accessibilityNeeds(), a.dietaryNeeds()).filter(s -> s != null && !s.isBlank())
                        .collect(Collectors.joining(" · ")))
                .setHeader(texts.getTranslation("griffie.column.needs")).setWidth("12rem");
        grid.addColumn(Attendee::remarks).setHeader(texts.getTranslation("griffie.column.remarks")).setWidth("12rem");
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

    private static Span status(Attendee a, Component texts) {
        var badge = new Span(texts.getTranslation("registration.status." + a.status().name()));
        badge.addClassName("ot-badge");
        if (a.status() == RegistrationStatus.CONFIRMED) {
            badge.addClassName("ot-badge-ok");
        } else if (!a.status().isActive()) {
            badge.addClassName("ot-badge-muted");
        }
        return badge;
    }
}
