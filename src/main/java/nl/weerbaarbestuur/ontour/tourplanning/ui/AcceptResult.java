package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What accepting did, in words ("7 conceptsessies aangemaakt, 1 concept verplaatst"), and a link to
 * each of those sessions in the editor, where the warnings and the publish flow take over. An
 * organiser may take a plan over in parts (a selection, then the rest): each accept adds its sessions
 * to the list and to the counts, until a new run starts.
 */
class AcceptResult extends Div {

    /** One session the planner created or moved, with the words its link shows. */
    record Made(long sessionId, String label) {
    }

    private final Paragraph summary = new Paragraph();
    private final UnorderedList links = new UnorderedList();
    private final Set<Long> listed = new HashSet<>();
    private int created;
    private int moved;

    AcceptResult() {
        setId("accept-result");
        addClassName("ot-notice");
        summary.setId("accept-summary");
        summary.getElement().setAttribute("role", "status");
        links.setId("accept-links");
        add(summary, new Paragraph(getTranslation("tourplan.ui.result.open")), links);
        setVisible(false);
    }

    /** Adds what one accept did to what the earlier accepts of this run did; a session already listed is listed once. */
    void add(int newlyCreated, int newlyMoved, List<Made> made) {
        created += newlyCreated;
        moved += newlyMoved;
        var text = getTranslation("tourplan.ui.result.created", created);
        if (moved > 0) {
            text = text + ", " + getTranslation("tourplan.ui.result.moved", moved);
        }
        summary.setText(text + ".");
        for (var session : made) {
            if (!listed.add(session.sessionId())) {
                continue;
            }
            var link = new Anchor("planning/sessie/" + session.sessionId(), session.label());
            link.getElement().setAttribute("data-session", String.valueOf(session.sessionId()));
            links.add(new ListItem(link));
        }
        setVisible(true);
    }

    /** Forgets the accepts of the run before: a new run starts an empty list. */
    void clear() {
        created = 0;
        moved = 0;
        listed.clear();
        links.removeAll();
        summary.setText("");
        setVisible(false);
    }
}
