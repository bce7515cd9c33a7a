package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import nl.weerbaarbestuur.ontour.planning.SessionChange;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** Who changed what and when (Amsterdam time), newest first. Details are shown as text. */
class SessionHistoryList extends Section {

    private final OrderedList entries = new OrderedList();
    private final Paragraph empty = new Paragraph();

    SessionHistoryList() {
        addClassName("ot-history");
        setId("session-history");
        entries.addClassName("ot-history-list");
        empty.setText(getTranslation("history.empty"));
        add(new H3(getTranslation("history.title")), empty, entries);
    }

    void show(List<SessionChange> changes) {
        entries.removeAll();
        empty.setVisible(changes.isEmpty());
        for (var change : changes) {
            var when = new Span(DutchTime.dateTime(change.getChangedAt(), getLocale()));
            when.addClassName("ot-history-when");
            var who = new Span(change.getChangedBy());
            who.addClassName("ot-history-who");
            var what = new Span(getTranslation("history.kind." + change.getKind())
                    + (change.getDetails() == null ? "" : ": " + change.getDetails()));
            what.addClassName("ot-history-what");
            entries.add(new ListItem(when, who, what));
        }
    }
}
