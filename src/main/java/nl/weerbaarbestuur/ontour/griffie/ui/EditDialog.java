package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import nl.weerbaarbestuur.ontour.registration.AttendeeChanges;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;

/**
 * Corrects one registration: function, fractie, needs and remarks. The name and e-mail are shown,
 * not edited: the e-mail is the person (their manage link); another person is a substitute.
 */
class EditDialog extends Dialog {

    private final Select<ParticipantFunction> function = new Select<>();
    private final TextField fractie = new TextField();
    private final TextArea accessibility = new TextArea();
    private final TextArea dietary = new TextArea();
    private final TextArea remarks = new TextArea();

    EditDialog(RegistrationAdministration registrations, Attendee attendee, Runnable saved) {
        setHeaderTitle(getTranslation("griffie.edit.title", attendee.fullName()));
        setId("edit-dialog");
        var who = new Paragraph(attendee.fullName() + " · " + attendee.email());
        who.setId("edit-who");
        who.addClassName("ot-muted");
        function.setId("edit-function");
        function.setLabel(getTranslation("griffie.column.function"));
        function.setItems(ParticipantFunction.values());
        function.setItemLabelGenerator(f -> getTranslation("function." + f.name()));
        function.setValue(attendee.function());
        fractie.setId("edit-fractie");
        fractie.setLabel(getTranslation("griffie.column.fractie"));
        fractie.setMaxLength(80);
        fractie.setValue(orEmpty(attendee.fractie()));
        accessibility.setId("edit-accessibility");
        accessibility.setLabel(getTranslation("griffie.column.accessibility"));
        accessibility.setMaxLength(1000);
        accessibility.setValue(orEmpty(attendee.accessibilityNeeds()));
        dietary.setId("edit-dietary");
        dietary.setLabel(getTranslation("griffie.column.dietary"));
        dietary.setMaxLength(500);
        dietary.setValue(orEmpty(attendee.dietaryNeeds()));
        remarks.setId("edit-remarks");
        remarks.setLabel(getTranslation("griffie.column.remarks"));
        remarks.setMaxLength(1000);
        remarks.setValue(orEmpty(attendee.remarks()));
        add(who, new FormLayout(function, fractie, accessibility, dietary, remarks));

        var save = new Button(getTranslation("griffie.action.save"), e -> {
            try {
                registrations.edit(attendee.registrationId(), new AttendeeChanges(function.getValue(), fractie.getValue(),
                        accessibility.getValue(), dietary.getValue(), remarks.getValue()));
                Notices.success(this, "griffie.done.edited", attendee.fullName());
                close();
                saved.run();
            } catch (InvalidInputException invalid) {
                mark(invalid);
            } catch (BusinessRuleException | NotFoundException refused) {
                Notices.refused(this, refused);
                close();
                saved.run();
            }
        });
        save.setId("edit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("griffie.action.cancel"), e -> close()), save);
    }

    private void mark(InvalidInputException invalid) {
        Map<String, HasValidation> fields = Map.of("function", function, "fractie", fractie,
                "accessibilityNeeds", accessibility, "dietaryNeeds", dietary, "remarks", remarks);
        fields.values().forEach(f -> f.setInvalid(false));
        for (var error : invalid.errors()) {
            var field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(error.messageKey(), error.arguments()));
                field.setInvalid(true);
            }
        }
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
