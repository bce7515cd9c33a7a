package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;

/** A session's status as a word in a calm badge; the colour only repeats what the word says. */
final class StatusBadge {

    private StatusBadge() {
    }

    static Span of(Component translator, SessionStatus status) {
        var badge = new Span(translator.getTranslation("status." + status.name()));
        badge.addClassNames("ot-badge", "ot-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }
}
