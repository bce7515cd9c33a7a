package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.AttendeeMessages;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/**
 * A message to the confirmed attendees of the session (each gets their own e-mail): to all of them,
 * or only to those chosen in the list.
 */
class MessageDialog extends Dialog {

    MessageDialog(AttendeeMessages attendees, long sessionId, java.util.List<Attendee> chosen) {
        setHeaderTitle(getTranslation("griffie.message.title"));
        setId("message-dialog");
        var subject = new TextField(getTranslation("griffie.message.subject"));
        subject.setId("message-subject");
        subject.setMaxLength(200);
        subject.setWidthFull();
        var text = new TextArea(getTranslation("griffie.message.text"));
        text.setId("message-text");
        text.setMaxLength(6000);
        text.setWidthFull();
        text.setMinHeight("10rem");
        var confirmed = chosen.stream().filter(a -> a.status() == RegistrationStatus.CONFIRMED).map(Attendee::registrationId).toList();
        var explain = new Paragraph(chosen.isEmpty() ? getTranslation("griffie.message.explain")
                : getTranslation("griffie.message.selected", confirmed.size()));
        explain.setId("message-to");
        add(explain, subject, text);
        var send = new Button(getTranslation("griffie.message.send"), e -> {
            try {
                int queued = attendees.messageConfirmed(sessionId, chosen.isEmpty() ? null : confirmed,
                        subject.getValue(), text.getValue());
                Notices.success(this, "griffie.message.queued", queued);
                close();
            } catch (InvalidInputException invalid) {
                subject.setInvalid(subject.getValue().isBlank());
                text.setInvalid(text.getValue().isBlank());
                Notices.refused(this, invalid);
            }
        });
        send.setId("message-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("griffie.action.cancel"), e -> close()), send);
    }
}
