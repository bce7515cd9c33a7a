package nl.weerbaarbestuur.ontour.registration.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.registration.AttendanceMode;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/**
 * The "Aanmelden" form. It only collects input and shows field messages; the page decides what
 * happens (the form hands over the details and the consent).
 */
class RegistrationForm extends FormLayout {

    private final TextField fullName = new TextField();
    private final EmailField email = new EmailField();
    // Combo boxes, not selects: Vaadin's Select puts aria-required on its value button, which axe
    // reports as a critical violation (vaadin/web-components#7337); a combo box's input may carry it.
    private final ComboBox<ParticipantFunction> function = new ComboBox<>();
    private final ComboBox<Province> province = new ComboBox<>();
    private final TextField fractie = new TextField();
    private final TextArea accessibility = new TextArea();
    private final TextArea dietary = new TextArea();
    private final TextArea remarks = new TextArea();
    private final RadioButtonGroup<String> language = new RadioButtonGroup<>();
    private final RadioButtonGroup<AttendanceMode> attendance = new RadioButtonGroup<>();
    private final Checkbox consent = new Checkbox();
    private final Span consentError = new Span();
    private final Map<String, Component> fields;

    /** {@code hybrid}: the session is both on location and online, so the form asks which. */
    RegistrationForm(List<Province> provinces, String defaultProvinceCode, boolean hybrid,
                     BiConsumer<ParticipantDetails, Boolean> onSubmit) {
        addClassName("ot-registration-form");
        fullName.setLabel(getTranslation("registration.form.name"));
        fullName.setId("reg-name");
        fullName.setMaxLength(120);
        fullName.setRequiredIndicatorVisible(true);
        fullName.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("registration.form.email"));
        email.setId("reg-email");
        email.setMaxLength(254);
        email.setRequiredIndicatorVisible(true);
        function.setLabel(getTranslation("registration.form.function"));
        function.setId("reg-function");
        function.setItems(ParticipantFunction.values());
        function.setItemLabelGenerator(f -> f == null ? "" : getTranslation("function." + f.name()));
        function.setRequiredIndicatorVisible(true);
        function.setAllowCustomValue(false);
        province.setLabel(getTranslation("registration.form.province"));
        province.setId("reg-province");
        province.setItems(provinces);
        province.setItemLabelGenerator(p -> p == null ? "" : p.getName());
        provinces.stream().filter(p -> p.getCode().equals(defaultProvinceCode)).findFirst().ifPresent(province::setValue);
        province.setRequiredIndicatorVisible(true);
        province.setAllowCustomValue(false);
        attendance.setLabel(getTranslation("registration.form.attendance"));
        attendance.setId("reg-attendance");
        attendance.setItems(AttendanceMode.values());
        attendance.setItemLabelGenerator(a -> getTranslation("attendance." + a.name()));
        attendance.setRequiredIndicatorVisible(true);
        fractie.setLabel(getTranslation("registration.form.fractie"));
        fractie.setId("reg-fractie");
        fractie.setMaxLength(80);
        accessibility.setLabel(getTranslation("registration.form.accessibility"));
        accessibility.setId("reg-accessibility");
        accessibility.setMaxLength(1000);
        dietary.setLabel(getTranslation("registration.form.dietary"));
        dietary.setId("reg-dietary");
        dietary.setMaxLength(500);
        remarks.setLabel(getTranslation("registration.form.remarks"));
        remarks.setId("reg-remarks");
        remarks.setMaxLength(1000);
        language.setLabel(getTranslation("registration.form.language"));
        language.setId("reg-language");
        language.setItems("nl", "en");
        language.setItemLabelGenerator(l -> getTranslation("language." + l));
        language.setValue("en".equals(getLocale().getLanguage()) ? "en" : "nl");
        consent.setId("reg-consent");
        consent.setLabelComponent(consentLabel());
        consentError.addClassName("ot-field-error");
        consentError.setId("reg-consent-error");
        consentError.setVisible(false);
        // Ticking the box answers the message: it should not stay until the next submit.
        consent.addValueChangeListener(e -> {
            if (e.getValue()) {
                consentError.setVisible(false);
            }
        });

        var submit = new Button(getTranslation("registration.form.submit"), e -> {
            clearErrors();
            onSubmit.accept(new ParticipantDetails(fullName.getValue(), email.getValue(), function.getValue(),
                    province.getValue() == null ? null : province.getValue().getCode(), fractie.getValue(),
                    accessibility.getValue(), dietary.getValue(), remarks.getValue(), language.getValue(),
                    hybrid ? attendance.getValue() : null), consent.getValue());
        });
        submit.setId("reg-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        fields = Map.of("fullName", fullName, "email", email, "function", function, "province", province,
                "fractie", fractie, "accessibilityNeeds", accessibility, "dietaryNeeds", dietary, "remarks", remarks,
                "language", language, "attendance", attendance);
        add(fullName, email, function, province, fractie, language);
        if (hybrid) {
            add(attendance, 2);
        }
        add(accessibility, dietary, remarks);
        var consentBlock = new com.vaadin.flow.component.html.Div(consent, consentError);
        add(consentBlock, 2);
        add(submit);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("40em", 2));
    }

    private Span consentLabel() {
        var label = new Span(getTranslation("registration.form.consent") + " ");
        var link = new Anchor("privacy", getTranslation("registration.form.privacy-link"));
        link.setTarget("_blank");
        label.add(link);
        return label;
    }

    /** Marks each field named in the refusal with its message (in the reader's language). */
    void show(InvalidInputException refusal) {
        for (var error : refusal.errors()) {
            var message = getTranslation(error.messageKey(), error.arguments());
            if ("consent".equals(error.field())) {
                consentError.setText(message);
                consentError.setVisible(true);
            } else if (fields.get(error.field()) instanceof HasValidation field) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        }
    }

    private void clearErrors() {
        fields.values().forEach(f -> {
            if (f instanceof HasValidation v) {
                v.setInvalid(false);
            }
        });
        consentError.setVisible(false);
    }
}
