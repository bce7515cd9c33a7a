package nl.weerbaarbestuur.ontour.home.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.jspecify.annotations.Nullable;

/** One session as a card: when, where, which format. Titles are text, never HTML. */
class SessionCard extends Div {

    SessionCard(SessionFacts session, @Nullable Province province) {
        addClassName("ot-session-card");
        var where = new Span(province == null ? session.provinceCode() : province.getName());
        where.addClassName("ot-session-province");
        var title = new H3();
        // The public session page lives at sessies/{id} (registration module); linked by address only.
        title.add(new com.vaadin.flow.component.html.Anchor("sessies/" + session.id(), session.title()));
        var when = new Paragraph(DutchTime.period(session.startsAt(), session.endsAt(), getLocale()));
        when.addClassName("ot-session-when");
        var venue = session.publicPlace().name();
        var place = new Paragraph(venue == null ? getTranslation("format." + session.format().name())
                : venue + " · " + getTranslation("format." + session.format().name()));
        place.addClassName("ot-session-place");
        add(where, title, when, place);
    }
}
