package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;

/**
 * What accepting did, in words ("7 conceptsessies aangemaakt, 1 concept verplaatst"), and a link to
 * each of those sessions in the editor, where the warnings and the publish flow take over.
 */
class AcceptResult extends Div {

    /** One session the planner created or moved, with the words its link shows. */
    record Made(long sessionId, String label) {
    }

    private final Paragraph summary = new Paragraph();
    private final UnorderedList links = new UnorderedList();

    AcceptResult() {
        setId("accept-result");
        addClassName("ot-notice");
        summary.setId("accept-summary");
        summary.getElement().setAttribute("role", "status");
        links.setId("accept-links");
        add(summary, new Paragraph(getTranslation("tourplan.ui.result.open")), links);
        setVisible(false);
    }

    void show(int created, int moved, List<Made> made) {
        var text = getTranslation("tourplan.ui.result.created", created);
        if (moved > 0) {
            text = text + ", " + getTranslation("tourplan.ui.result.moved", moved);
        }
        summary.setText(text + ".");
        links.removeAll();
        for (var session : made) {
            var link = new Anchor("planning/sessie/" + session.sessionId(), session.label());
            link.getElement().setAttribute("data-session", String.valueOf(session.sessionId()));
            links.add(new ListItem(link));
        }
        setVisible(true);
    }

    void hide() {
        setVisible(false);
    }
}
