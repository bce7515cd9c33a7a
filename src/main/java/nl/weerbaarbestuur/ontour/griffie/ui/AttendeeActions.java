package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationOutcome;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;

/**
 * What can be done with the chosen attendees: edit or substitute one, approve, reject, move or
 * cancel several (each row through the service on its own, each row's outcome reported). A button
 * is enabled only when the choice allows it, and the line beside the buttons says why it is not.
 */
class AttendeeActions extends Div {

    private final RegistrationAdministration registrations;
    private final Runnable changed;
    private final Button edit = button("attendee-edit", "griffie.action.edit");
    private final Button approve = button("attendee-approve", "griffie.action.approve");
    private final Button reject = button("attendee-reject", "griffie.action.reject");
    private final Button substitute = button("attendee-substitute", "griffie.action.substitute");
    private final Button move = button("attendee-move", "griffie.action.move");
    private final Button remove = button("attendee-remove", "griffie.action.remove");
    private final Span hint = new Span();
    private List<Attendee> selected = List.of();

    AttendeeActions(RegistrationAdministration registrations, SeatCounts seatCounts, Attendees attendees,
                    Supplier<List<Province>> provinces,
                    Supplier<List<SessionFacts>> moveTargets, Runnable changed) {
        this.registrations = registrations;
        this.changed = changed;
        setId("attendee-actions");
        addClassName("ot-attendee-actions");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // The dialog shows the details read (and access-logged) when it opens, not the grid's copy.
        edit.addClickListener(e -> {
            try {
                new EditDialog(registrations, attendees.detail(only().registrationId()), changed).open();
            } catch (NotFoundException gone) {
                Notices.refused(this, gone);
                changed.run();
            }
        });
        approve.addClickListener(e -> each(having(RegistrationStatus.AWAITING_APPROVAL), a -> registrations.approve(a.registrationId()),
                "griffie.done.approved"));
        reject.addClickListener(e -> each(having(RegistrationStatus.AWAITING_APPROVAL), a -> registrations.reject(a.registrationId()),
                "griffie.done.rejected"));
        substitute.addClickListener(e -> {
            var attendee = only();
            new PersonDialog(getTranslation("griffie.substitute.title", attendee.fullName()),
                    provinces.get(), attendee.provinceCode(), details -> {
                        registrations.substitute(attendee.registrationId(), details);
                        Notices.success(this, "griffie.done.substituted", attendee.fullName(), details.fullName());
                        changed.run();
                    }).open();
        });
        move.addClickListener(e -> new MoveDialog(registrations, seatCounts, active(), moveTargets.get(), changed).open());
        remove.addClickListener(e -> confirmRemove());
        hint.setId("attendee-actions-hint");
        hint.addClassName("ot-muted");
        hint.getElement().setAttribute("aria-live", "polite");
        var buttons = new HorizontalLayout(edit, approve, reject, substitute, move, remove);
        buttons.setWrap(true);
        buttons.setAlignItems(FlexComponent.Alignment.BASELINE);
        buttons.addClassName("ot-toolbar");
        add(buttons, hint);
        show(Set.of());
    }

    void show(Set<Attendee> chosen) {
        selected = chosen.stream().sorted(java.util.Comparator.comparing(Attendee::fullName)).toList();
        boolean one = selected.size() == 1;
        boolean anyActive = !active().isEmpty();
        edit.setEnabled(one && selected.getFirst().status().isActive());
        boolean awaiting = !having(RegistrationStatus.AWAITING_APPROVAL).isEmpty();
        approve.setEnabled(awaiting);
        reject.setEnabled(awaiting);
        substitute.setEnabled(one && selected.getFirst().status() == RegistrationStatus.CONFIRMED);
        move.setEnabled(anyActive);
        remove.setEnabled(anyActive);
        var reasons = new ArrayList<String>();
        if (selected.isEmpty()) {
            reasons.add(getTranslation("griffie.select.none"));
        } else {
            reasons.add(getTranslation("griffie.select.count", selected.size()));
            if (!anyActive) {
                reasons.add(getTranslation("griffie.select.none-active"));
            } else if (!one) {
                reasons.add(getTranslation("griffie.select.one-only"));
            }
            if (!awaiting) {
                reasons.add(getTranslation("griffie.select.none-awaiting"));
            }
        }
        hint.setText(String.join(" ", reasons));
        // A disabled button says why it is disabled, also to a screen reader (the hint is announced).
        for (var button : List.of(edit, approve, reject, substitute, move, remove)) {
            button.setTooltipText(button.isEnabled() ? null : hint.getText());
        }
    }

    /** The chosen attendees, for a message to some of them rather than all. */
    List<Attendee> selected() {
        return selected;
    }

    private Attendee only() {
        return selected.getFirst();
    }

    private List<Attendee> active() {
        return selected.stream().filter(a -> a.status().isActive()).toList();
    }

    private List<Attendee> having(RegistrationStatus status) {
        return selected.stream().filter(a -> a.status() == status).toList();
    }

    private void confirmRemove() {
        var chosen = active();
        var text = chosen.size() == 1 ? getTranslation("griffie.remove.text", chosen.getFirst().fullName())
                : getTranslation("griffie.bulk.remove.text", chosen.size());
        var dialog = new ConfirmDialog(getTranslation("griffie.remove.title"), text, getTranslation("griffie.action.remove"),
                e -> each(chosen, a -> registrations.remove(a.registrationId()), "griffie.done.removed"));
        dialog.setId("remove-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("griffie.action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    /** Runs the action for each attendee on its own; one refusal does not stop the others. */
    private void each(List<Attendee> chosen, Function<Attendee, RegistrationOutcome> action, String doneKey) {
        var report = new BulkOutcome(this);
        for (var attendee : chosen) {
            try {
                action.apply(attendee);
                report.done(attendee.fullName(), getTranslation(doneKey, attendee.fullName()));
            } catch (BusinessRuleException | NotFoundException refused) {
                report.refused(attendee.fullName(), refused);
            }
        }
        report.show();
        changed.run();
    }

    private Button button(String id, String key) {
        var button = new Button(getTranslation(key));
        button.setId(id);
        return button;
    }
}
