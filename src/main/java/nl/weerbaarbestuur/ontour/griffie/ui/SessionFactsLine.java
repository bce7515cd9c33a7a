package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * Below an attendee list's title: when, where and how full, "8 van 30 plaatsen bezet, 2 op de
 * wachtlijst"; for a hybrid session also how many of those come on location and how many online.
 * The seats count every province (the list may show only the griffie's own).
 */
class SessionFactsLine extends Paragraph {

    SessionFactsLine() {
        setId("attendees-session");
        addClassName("ot-muted");
    }

    void show(SessionFacts session, SeatCounts seatCounts) {
        var seats = seatCounts.fill(List.of(session.id())).get(session.id());
        boolean split = session.format() == SessionFormat.HYBRID && seats.confirmed() > 0;
        var how = seats.undecided() == 0 ? getTranslation("seats.split", seats.inPerson(), seats.online())
                : getTranslation("seats.split.undecided", seats.inPerson(), seats.online(), seats.undecided());
        setText(DutchTime.period(session.startsAt(), session.endsAt(), getLocale()) + " · "
                + (session.place().name() == null ? getTranslation("griffie.export.online") : session.place().name()) + " · "
                + getTranslation(split ? "griffie.list.seats.hybrid" : "griffie.list.seats", seats.confirmed(),
                session.capacity(), seats.waitlisted(), how));
    }
}
