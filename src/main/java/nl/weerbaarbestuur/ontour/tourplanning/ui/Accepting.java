package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import org.jspecify.annotations.Nullable;

/**
 * Taking a proposal over: the selected sessions or all of them, after a confirmation that says how
 * many drafts it makes; then the result with a link to each draft (a second accept adds to it). Only an ended run can be taken
 * over (the plan may still change while it runs); the hint says so.
 */
class Accepting extends Div {

    private final PlanningService planning;
    private final Function<Set<String>, List<Long>> accept;
    private final Runnable afterAccept;
    private final Button acceptSelected = new Button();
    private final Button acceptAll = new Button();
    private final Paragraph hint = new Paragraph();
    private final AcceptResult result = new AcceptResult();
    private final Set<String> acceptedKeys = new HashSet<>();
    private Set<String> selected = Set.of();
    private Set<String> acceptable = Set.of();
    private List<ProposedSession> shown = List.of();
    private long tourId;

    Accepting(PlanningService planning, Function<Set<String>, List<Long>> accept, Runnable afterAccept) {
        this.planning = planning;
        this.accept = accept;
        this.afterAccept = afterAccept;
        addClassName("tp-accept");
        acceptSelected.setId("accept-selected");
        acceptSelected.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        acceptSelected.addClickListener(e -> confirm(selected));
        acceptAll.setId("accept-all");
        acceptAll.setText(getTranslation("tourplan.ui.accept.all"));
        acceptAll.addClickListener(e -> confirm(acceptable));
        hint.setId("accept-hint");
        hint.setText(getTranslation("tourplan.ui.accept.wait"));
        hint.addClassName("ot-muted");
        var buttons = new Div(acceptSelected, acceptAll);
        buttons.addClassName("tp-accept-buttons");
        add(buttons, hint, result);
    }

    void update(long tour, boolean ended, Set<String> selectedKeys, Set<String> acceptableKeys,
                List<ProposedSession> proposals) {
        tourId = tour;
        selected = Set.copyOf(selectedKeys);
        acceptable = Set.copyOf(acceptableKeys);
        shown = List.copyOf(proposals);
        acceptSelected.setText(getTranslation("tourplan.ui.accept.selected", selected.size()));
        acceptSelected.setEnabled(ended && !selected.isEmpty());
        acceptAll.setEnabled(ended && !acceptable.isEmpty());
        hint.setVisible(!ended);
    }

    Set<String> acceptedKeys() {
        return Set.copyOf(acceptedKeys);
    }

    void reset() {
        acceptedKeys.clear();
        selected = Set.of();
        acceptable = Set.of();
        shown = List.of();
        result.clear();
    }

    private void confirm(Set<String> keys) {
        var chosen = new LinkedHashSet<>(keys);
        if (chosen.isEmpty()) {
            return;
        }
        var dialog = new ConfirmDialog();
        dialog.setId("accept-dialog");
        dialog.setHeader(getTranslation("tourplan.ui.accept.confirm.title"));
        dialog.setText(getTranslation("tourplan.ui.accept.confirm.text", chosen.size()));
        var cancel = new Button(getTranslation("action.cancel"), e -> dialog.close());
        cancel.setId("accept-cancel");
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        var ok = new Button(getTranslation("tourplan.ui.accept.confirm"), e -> {
            dialog.close();
            accept(chosen);
        });
        ok.setId("accept-confirm");
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setConfirmButton(ok);
        dialog.open();
    }

    private void accept(Set<String> keys) {
        List<Long> ids;
        try {
            ids = accept.apply(keys);
        } catch (BusinessRuleException e) {
            Notices.refused(this, e);
            return;
        }
        acceptedKeys.addAll(keys);
        var existing = shown.stream().filter(p -> keys.contains(p.key()) && p.existingSessionId() != null)
                .map(ProposedSession::existingSessionId).collect(Collectors.toSet());
        int moved = (int) ids.stream().filter(existing::contains).count();
        var names = new HashMap<String, String>();
        shown.forEach(p -> names.putIfAbsent(p.provinceCode(), p.provinceName()));
        var facts = planning.search(new SessionFilter(tourId, null, null, null, null, null)).stream()
                .collect(Collectors.toMap(SessionFacts::id, f -> f, (a, b) -> a));
        var made = ids.stream().map(id -> new AcceptResult.Made(id, label(facts.get(id), id, names))).toList();
        result.add(ids.size() - moved, moved, made);
        afterAccept.run();
        Notices.success(this, "tourplan.ui.result.created", ids.size() - moved);
    }

    /** "Utrecht, di 16 feb. 2027, 19:30", or the bare number for a session that is gone since. */
    private String label(@Nullable SessionFacts facts, long id, Map<String, String> names) {
        if (facts == null) {
            return "#" + id;
        }
        return names.getOrDefault(facts.provinceCode(), facts.provinceCode()) + ", "
                + DutchTime.dateTime(facts.startsAt(), getLocale());
    }
}
