package nl.weerbaarbestuur.ontour.attendance.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/**
 * Someone turns up without a registration: name, e-mail, function, fractie and province. Fires a
 * {@link SaveEvent} to the view (as the CRM tutorial's ContactForm does) instead of saving itself.
 */
class WalkInDialog extends Dialog {

    static final class SaveEvent extends ComponentEvent<WalkInDialog> {
        private final ParticipantDetails details;

        SaveEvent(WalkInDialog source, ParticipantDetails details) {
            super(source, false);
            this.details = details;
        }

        ParticipantDetails details() {
            return details;
        }
    }

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<ParticipantFunction> function = new Select<>();
    private final TextField fractie = new TextField();
    private final Select<Province> province = new Select<>();

    WalkInDialog(List<Province> provinces, String sessionProvince) {
        setHeaderTitle(getTranslation("results.checkin.walk-in.heading"));
        addClassName("rs-walk-in");
        name.setLabel(getTranslation("registration.form.name"));
        name.setId("walk-in-name");
        email.setLabel(getTranslation("registration.form.email"));
        email.setId("walk-in-email");
        function.setLabel(getTranslation("registration.form.function"));
        function.setId("walk-in-function");
        function.setItems(ParticipantFunction.values());
        function.setItemLabelGenerator(f -> f == null ? "" : getTranslation("function." + f.name()));
        function.setValue(ParticipantFunction.STATENLID);
        fractie.setLabel(getTranslation("registration.form.fractie"));
        fractie.setId("walk-in-fractie");
        province.setLabel(getTranslation("registration.form.province"));
        province.setId("walk-in-province");
        province.setItems(provinces);
        province.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        provinces.stream().filter(p -> p.getCode().equals(sessionProvince)).findFirst().ifPresent(province::setValue);
        add(new FormLayout(name, email, function, fractie, province));

        var save = new Button(getTranslation("results.checkin.walk-in.save"), e -> fireEvent(new SaveEvent(this,
                new ParticipantDetails(name.getValue(), email.getValue(), function.getValue(),
                        // No province chosen: blank, which the check refuses as it would refuse null.
                        province.getValue() == null ? "" : province.getValue().getCode(), fractie.getValue(),
                        null, null, null, "nl"))));
        save.setId("walk-in-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
        var cancel = new Button(getTranslation("results.checkin.walk-in.cancel"), e -> close());
        cancel.addThemeVariants(ButtonVariant.LUMO_LARGE);
        getFooter().add(cancel, save);
    }

    Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Puts the service's refusals next to the fields they concern. */
    void show(InvalidInputException e) {
        for (var field : List.of(name, email, fractie)) {
            field.setInvalid(false);
        }
        function.setInvalid(false);
        province.setInvalid(false);
        for (var error : e.errors()) {
            var text = getTranslation(error.messageKey(), error.arguments());
            switch (error.field()) {
                case "fullName" -> invalid(name, text);
                case "email" -> invalid(email, text);
                case "fractie" -> invalid(fractie, text);
                case "function" -> {
                    function.setErrorMessage(text);
                    function.setInvalid(true);
                }
                case "province" -> {
                    province.setErrorMessage(text);
                    province.setInvalid(true);
                }
                default -> invalid(name, text);
            }
        }
    }

    private static void invalid(com.vaadin.flow.component.textfield.TextFieldBase<?, String> field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }
}
