package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;

/** Moves one or more attendees to another published session of the same tour, each on its own. */
class MoveDialog extends Dialog {

    MoveDialog(RegistrationAdministration registrations, SeatCounts seatCounts, List<Attendee> attendees,
               List<SessionFacts> targets, Runnable done) {
        setHeaderTitle(attendees.size() == 1 ? getTranslation("griffie.move.title", attendees.getFirst().fullName())
                : getTranslation("griffie.bulk.move.title", attendees.size()));
        setId("move-dialog");
        var seats = seatCounts.of(targets.stream().map(SessionFacts::id).toList());
        var target = new Select<SessionFacts>();
        target.setId("move-target");
        target.setLabel(getTranslation("griffie.move.to"));
        target.setItems(targets);
        target.setItemLabelGenerator(s -> DutchTime.dateTime(s.startsAt(), getLocale()) + " · " + s.title()
                + " · " + getTranslation("griffie.move.seats",
                seats.getOrDefault(s.id(), SeatCounts.Count.NONE).seatsLeft(s.capacity())));
        target.setWidthFull();
        add(new Paragraph(getTranslation(targets.isEmpty() ? "griffie.move.none" : "griffie.move.explain")), target);
        var move = new Button(getTranslation("griffie.move.confirm"), e -> {
            if (target.getValue() == null) {
                target.setInvalid(true);
                return;
            }
            if (attendees.size() == 1) {
                var attendee = attendees.getFirst();
                try {
                    var outcome = registrations.move(attendee.registrationId(), target.getValue().id());
                    Notices.success(this, "griffie.move.done", attendee.fullName(),
                            getTranslation("registration.status." + outcome.status().name()));
                    close();
                    done.run();
                } catch (BusinessRuleException | NotFoundException refused) {
                    Notices.refused(this, refused);
                }
                return;
            }
            var report = new BulkOutcome(this);
            for (var attendee : attendees) {
                try {
                    var outcome = registrations.move(attendee.registrationId(), target.getValue().id());
                    report.done(attendee.fullName(), getTranslation("griffie.move.done", attendee.fullName(),
                            getTranslation("registration.status." + outcome.status().name())));
                } catch (BusinessRuleException | NotFoundException refused) {
                    report.refused(attendee.fullName(), refused);
                }
            }
            close();
            report.show();
            done.run();
        });
        move.setId("move-confirm");
        move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        move.setEnabled(!targets.isEmpty());
        getFooter().add(new Button(getTranslation("griffie.action.cancel"), e -> close()), move);
    }
}
