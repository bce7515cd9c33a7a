package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.List;
import java.util.function.Supplier;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;

/**
 * What can be done with the selected attendee: edit (any active registration), approve or reject (awaiting approval), substitute
 * (confirmed), move to another session and remove (any active registration). Each button is only
 * enabled when the registration's status allows it; the service checks again.
 */
class AttendeeActions extends HorizontalLayout {

    private final RegistrationAdministration registrations;
    private final Runnable changed;
    private final Button edit = button("attendee-edit", "griffie.action.edit");
    private final Button approve = button("attendee-approve", "griffie.action.approve");
    private final Button reject = button("attendee-reject", "griffie.action.reject");
    private final Button substitute = button("attendee-substitute", "griffie.action.substitute");
    private final Button move = button("attendee-move", "griffie.action.move");
    private final Button remove = button("attendee-remove", "griffie.action.remove");
    private final Supplier<List<Province>> provinces;
    private final Supplier<List<SessionFacts>> moveTargets;
    private Attendee selected;

    AttendeeActions(RegistrationAdministration registrations, SeatCounts seatCounts, Attendees attendees,
                    Supplier<List<Province>> provinces,
                    Supplier<List<SessionFacts>> moveTargets, Runnable changed) {
        this.registrations = registrations;
        this.provinces = provinces;
        this.moveTargets = moveTargets;
        this.changed = changed;
        setId("attendee-actions");
        addClassName("ot-toolbar");
        remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
        // The dialog shows the details read (and access-logged) when it opens, not the grid's copy.
        edit.addClickListener(e -> {
            try {
                new EditDialog(registrations, attendees.detail(selected.registrationId()), changed).open();
            } catch (NotFoundException gone) {
                Notices.refused(this, gone);
                changed.run();
            }
        });
        approve.addClickListener(e -> act(() -> registrations.approve(selected.registrationId()), "griffie.done.approved"));
        reject.addClickListener(e -> act(() -> registrations.reject(selected.registrationId()), "griffie.done.rejected"));
        substitute.addClickListener(e -> new PersonDialog(getTranslation("griffie.substitute.title", selected.fullName()),
                provinces.get(), selected.provinceCode(), details -> {
                    registrations.substitute(selected.registrationId(), details);
                    Notices.success(this, "griffie.done.substituted", selected.fullName(), details.fullName());
                    changed.run();
                }).open());
        move.addClickListener(e -> new MoveDialog(registrations, seatCounts, selected, moveTargets.get(), changed).open());
        remove.addClickListener(e -> confirmRemove());
        add(edit, approve, reject, substitute, move, remove);
        show(null);
    }

    void show(Attendee attendee) {
        selected = attendee;
        var status = attendee == null ? null : attendee.status();
        edit.setEnabled(status != null && status.isActive());
        approve.setEnabled(status == RegistrationStatus.AWAITING_APPROVAL);
        reject.setEnabled(status == RegistrationStatus.AWAITING_APPROVAL);
        substitute.setEnabled(status == RegistrationStatus.CONFIRMED);
        move.setEnabled(status != null && status.isActive());
        remove.setEnabled(status != null && status.isActive());
    }

    private void confirmRemove() {
        var attendee = selected;
        var dialog = new ConfirmDialog(getTranslation("griffie.remove.title"),
                getTranslation("griffie.remove.text", attendee.fullName()), getTranslation("griffie.action.remove"),
                e -> act(() -> registrations.remove(attendee.registrationId()), "griffie.done.removed"));
        dialog.setId("remove-dialog");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("griffie.action.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void act(Runnable action, String doneKey) {
        var name = selected.fullName();
        try {
            action.run();
            Notices.success(this, doneKey, name);
        } catch (BusinessRuleException | NotFoundException refused) {
            Notices.refused(this, refused);
        }
        changed.run();
    }

    private Button button(String id, String key) {
        var button = new Button(getTranslation(key));
        button.setId(id);
        return button;
    }
}
