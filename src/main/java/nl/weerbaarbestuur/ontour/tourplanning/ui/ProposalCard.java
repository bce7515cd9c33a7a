package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import nl.weerbaarbestuur.ontour.tourplanning.Reason;

/**
 * One proposed session: when, where and with whom, a word for what it is (new, moved, pinned), and
 * behind "Waarom hier?" the reasons for its place and what it gives up. The date is the checkbox's
 * label, so a screen reader names what is being selected. An unplaced session says why instead.
 */
class ProposalCard extends Div {

    /** What the list knows about this card beyond the proposal itself. */
    record State(boolean selectable, boolean selected, boolean accepted, boolean open) {
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final ProposedSession proposal;
    private final Function<Reason, String> text;

    ProposalCard(ProposedSession proposal, Function<Reason, String> text, State state, Consumer<Boolean> selected,
                 Consumer<Boolean> opened) {
        this.proposal = proposal;
        this.text = text;
        addClassName("tp-card");
        setId("proposal-" + ProposalList.safeId(proposal.key()));
        getElement().setAttribute("data-key", proposal.key());
        if (!proposal.placed()) {
            addClassName("tp-card-unplaced");
            add(head(new Span(proposal.provinceName())), reasons(proposal.givesUp(), "tp-unplaced-reasons",
                    getTranslation("tourplan.ui.unplaced.no-reason")));
            return;
        }
        Component when;
        if (state.selectable()) {
            var box = new Checkbox(when(), state.selected());
            box.addClassName("tp-select");
            box.addValueChangeListener(e -> selected.accept(e.getValue()));
            when = box;
        } else {
            when = new Span(when());
            when.addClassName("tp-when");
        }
        var head = head(when);
        head.add(badge(state.accepted()));
        var who = new Paragraph(proposal.provinceName() + " · " + (proposal.trainerName() == null
                ? getTranslation("tourplan.ui.session.no-trainer")
                : getTranslation("tourplan.ui.session.trainer", proposal.trainerName())));
        who.addClassName("tp-who");
        add(head, who, explanation(state.open(), opened));
    }

    private Div head(Component first) {
        var head = new Div(first);
        head.addClassName("tp-card-head");
        return head;
    }

    private String when() {
        var format = DateTimeFormatter.ofPattern("EEE d MMM yyyy", DutchTime.formatLocale(getLocale()));
        return getTranslation("tourplan.ui.session.when", format.format(proposal.date()),
                proposal.start() == null ? "" : TIME.format(proposal.start()),
                proposal.end() == null ? "" : TIME.format(proposal.end()));
    }

    private Span badge(boolean accepted) {
        String kind;
        if (accepted) {
            kind = "accepted";
        } else if (proposal.pinned()) {
            kind = "pinned";
        } else if (proposal.moved()) {
            kind = "moved";
        } else if (proposal.existingSessionId() != null) {
            kind = "existing";
        } else {
            kind = "new";
        }
        var badge = new Span(getTranslation("tourplan.ui.badge." + kind));
        badge.addClassNames("ot-badge", "tp-badge-" + kind);
        return badge;
    }

    private Details explanation(boolean open, Consumer<Boolean> opened) {
        var body = new Div();
        body.add(new Paragraph(getTranslation("tourplan.ui.why")));
        body.add(reasons(proposal.why(), "tp-why", getTranslation("tourplan.ui.no-why")));
        body.add(new Paragraph(getTranslation("tourplan.ui.gives-up")));
        body.add(reasons(proposal.givesUp(), "tp-gives-up", getTranslation("tourplan.ui.nothing-given-up")));
        body.getChildren().filter(Paragraph.class::isInstance).forEach(p -> p.addClassName("tp-explain-label"));
        var details = new Details(getTranslation("tourplan.ui.explain"), body);
        details.addClassName("tp-explain");
        details.setOpened(open);
        details.addOpenedChangeListener(e -> opened.accept(e.isOpened()));
        return details;
    }

    private UnorderedList reasons(List<Reason> reasons, String className, String whenNone) {
        var list = new UnorderedList();
        list.addClassName(className);
        if (reasons.isEmpty()) {
            list.add(new ListItem(whenNone));
        }
        reasons.forEach(reason -> list.add(new ListItem(text.apply(reason))));
        return list;
    }
}
