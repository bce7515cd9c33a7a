package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One person, entered by a griffie or organiser: to add on behalf, or as the substitute for
 * someone who holds a seat. The save action is the caller's; refusals are shown here.
 */
class PersonDialog extends Dialog {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Select<ParticipantFunction> function = new Select<>();
    private final TextField fractie = new TextField();
    private final Select<Province> province = new Select<>();
    private final TextArea needs = new TextArea();
    private final TextArea remarks = new TextArea();

    PersonDialog(String title, List<Province> provinces, String defaultProvince, Consumer<ParticipantDetails> save) {
        setHeaderTitle(title);
        setId("person-dialog");
        name.setId("person-name");
        name.setLabel(getTranslation("griffie.column.name"));
        name.setMaxLength(120);
        email.setId("person-email");
        email.setLabel(getTranslation("griffie.column.email"));
        function.setId("person-function");
        function.setLabel(getTranslation("griffie.column.function"));
        function.setItems(ParticipantFunction.values());
        function.setItemLabelGenerator(f -> getTranslation("function." + f.name()));
        function.setValue(ParticipantFunction.STATENLID);
        fractie.setId("person-fractie");
        fractie.setLabel(getTranslation("griffie.column.fractie"));
        fractie.setMaxLength(80);
        province.setId("person-province");
        province.setLabel(getTranslation("griffie.column.province"));
        province.setItems(provinces);
        province.setItemLabelGenerator(Province::getName);
        provinces.stream().filter(p -> p.getCode().equals(defaultProvince)).findFirst().ifPresent(province::setValue);
        needs.setId("person-needs");
        needs.setLabel(getTranslation("griffie.column.accessibility"));
        remarks.setId("person-remarks");
        remarks.setLabel(getTranslation("griffie.column.remarks"));
        add(new FormLayout(name, email, function, fractie, province, needs, remarks));

        var saveButton = new Button(getTranslation("griffie.action.save"), e -> {
            var details = new ParticipantDetails(name.getValue(), email.getValue(), function.getValue(),
                    province.getValue() == null ? null : province.getValue().getCode(), fractie.getValue(),
                    needs.getValue(), null, remarks.getValue(), "nl");
            try {
                save.accept(details);
                close();
            } catch (InvalidInputException invalid) {
                mark(invalid);
            } catch (BusinessRuleException | AccessDeniedException refused) {
                Notices.refused(this, refused);
            }
        });
        saveButton.setId("person-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("griffie.action.cancel"), e -> close());
        getFooter().add(cancel, saveButton);
    }

    private void mark(InvalidInputException invalid) {
        Map<String, HasValidation> fields = Map.of("fullName", name, "email", email, "function", function,
                "fractie", fractie, "province", province, "accessibilityNeeds", needs, "remarks", remarks);
        fields.values().forEach(f -> f.setInvalid(false));
        for (var error : invalid.errors()) {
            var field = fields.get(error.field());
            if (field != null) {
                field.setErrorMessage(getTranslation(error.messageKey(), error.arguments()));
                field.setInvalid(true);
            }
        }
    }
}
