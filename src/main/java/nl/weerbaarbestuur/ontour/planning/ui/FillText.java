package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFill;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;

/**
 * How full a session is, in the organiser's lists: "12 van 30", for a hybrid session below it
 * "8 op locatie · 4 online" (chairs and catering, the size of the call), and the waitlist if any.
 */
final class FillText {

    private FillText() {
    }

    static Div of(Component texts, SessionFacts session, SessionFill.Fill fill) {
        var cell = new Div(new Span(texts.getTranslation("sessions.fill", fill.confirmed(), session.capacity())));
        cell.addClassName("ot-fill");
        if (session.format() == SessionFormat.HYBRID && fill.confirmed() > 0) {
            var split = new Span(split(texts, fill));
            split.addClassName("ot-fill-detail");
            cell.add(split);
        }
        if (fill.waitlisted() > 0) {
            var waitlist = new Span(texts.getTranslation("sessions.fill.waitlist", fill.waitlisted()));
            waitlist.addClassName("ot-fill-detail");
            cell.add(waitlist);
        }
        return cell;
    }

    /** "8 op locatie · 4 online", with those who made no choice (staff and API registrations) when there are any. */
    static String split(Component texts, int inPerson, int online, int undecided) {
        return undecided == 0 ? texts.getTranslation("seats.split", inPerson, online)
                : texts.getTranslation("seats.split.undecided", inPerson, online, undecided);
    }

    static String split(Component texts, SessionFill.Fill fill) {
        return split(texts, fill.inPerson(), fill.online(), fill.undecided());
    }
}
