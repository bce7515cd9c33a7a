package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import nl.weerbaarbestuur.ontour.tourplanning.Reason;

/**
 * The proposal as a calendar in words: the placed sessions month by month, then the ones the
 * planner could not place, with their reasons. It keeps the organiser's selection and which
 * explanations are open across the refreshes of a running plan (keys are stable within a run).
 */
class ProposalList extends Div {

    private final Function<Reason, String> text;
    private final Runnable selectionChanged;
    private final Div placed = new Div();
    private final Paragraph empty = new Paragraph();
    private final Section unplacedSection = new Section();
    private final Div unplaced = new Div();
    private final Set<String> selected = new LinkedHashSet<>();
    private final Set<String> open = new HashSet<>();
    private List<ProposedSession> shown = List.of();
    private Set<String> accepted = Set.of();

    ProposalList(Function<Reason, String> text, Runnable selectionChanged) {
        this.text = text;
        this.selectionChanged = selectionChanged;
        addClassName("tp-list");
        placed.setId("proposal-list");
        empty.setText(getTranslation("tourplan.ui.list.empty"));
        empty.addClassName("ot-muted");
        unplacedSection.setId("unplaced");
        unplaced.addClassName("tp-unplaced");
        var unplacedIntro = new Paragraph(getTranslation("tourplan.ui.unplaced.intro"));
        unplacedIntro.addClassName("ot-muted");
        unplacedSection.add(new H2(getTranslation("tourplan.ui.unplaced.heading")), unplacedIntro, unplaced);
        add(new H2(getTranslation("tourplan.ui.list.heading")), empty, placed, unplacedSection);
    }

    /** Whether accepting this proposal would change anything: a new session, or a draft that moves. */
    static boolean acceptable(ProposedSession proposal) {
        return proposal.placed() && !proposal.pinned() && (proposal.existingSessionId() == null || proposal.moved());
    }

    /** A key as part of an element id: keys come from the planner, ids must stay plain. */
    static String safeId(String key) {
        return key.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    void show(List<ProposedSession> sessions, Set<String> acceptedKeys) {
        shown = List.copyOf(sessions);
        accepted = Set.copyOf(acceptedKeys);
        selected.retainAll(acceptableKeys());
        placed.removeAll();
        unplaced.removeAll();
        var monthFormat = DateTimeFormatter.ofPattern("MMMM yyyy", DutchTime.formatLocale(getLocale()));
        YearMonth month = null;
        Section monthSection = null;
        for (var proposal : shown) {
            if (!proposal.placed()) {
                unplaced.add(card(proposal));
                continue;
            }
            var current = YearMonth.from(proposal.date());
            if (!current.equals(month) || monthSection == null) {
                month = current;
                monthSection = new Section(new H3(monthFormat.format(current)));
                monthSection.addClassName("tp-month");
                placed.add(monthSection);
            }
            monthSection.add(card(proposal));
        }
        empty.setVisible(placed.getChildren().findAny().isEmpty());
        unplacedSection.setVisible(unplaced.getChildren().findAny().isPresent());
        selectionChanged.run();
    }

    private ProposalCard card(ProposedSession proposal) {
        var key = proposal.key();
        var isAccepted = accepted.contains(key);
        var state = new ProposalCard.State(acceptable(proposal) && !isAccepted, selected.contains(key), isAccepted,
                open.contains(key));
        return new ProposalCard(proposal, text, state, on -> {
            if (on) {
                selected.add(key);
            } else {
                selected.remove(key);
            }
            selectionChanged.run();
        }, opened -> {
            if (opened) {
                open.add(key);
            } else {
                open.remove(key);
            }
        });
    }

    /** The keys that may still be accepted in the plan shown. */
    Set<String> acceptableKeys() {
        var keys = new LinkedHashSet<String>();
        shown.stream().filter(ProposalList::acceptable).map(ProposedSession::key)
                .filter(key -> !accepted.contains(key)).forEach(keys::add);
        return keys;
    }

    Set<String> selected() {
        var keys = new LinkedHashSet<>(selected);
        keys.retainAll(acceptableKeys());
        return keys;
    }

    List<ProposedSession> shown() {
        return shown;
    }
}
