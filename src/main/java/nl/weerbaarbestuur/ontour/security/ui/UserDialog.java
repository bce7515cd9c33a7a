package nl.weerbaarbestuur.ontour.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccount;
import org.jspecify.annotations.Nullable;

/**
 * Create or edit an account. The dialog only collects and checks input; the view decides what
 * happens with it (as in Vaadin's CRM tutorial, the form fires, the view acts).
 */
class UserDialog extends Dialog {

    record Input(String email, String displayName, Role role, Set<String> provinceCodes) {
    }

    private final EmailField email = new EmailField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final MultiSelectComboBox<Province> provinces = new MultiSelectComboBox<>();

    UserDialog(@Nullable UserAccount existing, List<Province> allProvinces, Consumer<Input> onSave) {
        setHeaderTitle(getTranslation(existing == null ? "users.dialog.new" : "users.dialog.edit"));
        email.setLabel(getTranslation("users.email"));
        email.setId("user-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setErrorMessage(getTranslation("user.error.email-invalid"));
        displayName.setLabel(getTranslation("users.name"));
        displayName.setId("user-name");
        displayName.setRequiredIndicatorVisible(true);
        displayName.setMaxLength(120);
        role.setLabel(getTranslation("users.role"));
        role.setId("user-role");
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setRequiredIndicatorVisible(true);
        provinces.setLabel(getTranslation("users.provinces"));
        provinces.setId("user-provinces");
        provinces.setItems(allProvinces);
        provinces.setItemLabelGenerator(Province::getName);
        provinces.setHelperText(getTranslation("users.provinces.help"));
        role.addValueChangeListener(e -> provinces.setEnabled(e.getValue() == Role.GRIFFIE));

        if (existing != null) {
            email.setValue(existing.getEmail());
            email.setReadOnly(true);
            displayName.setValue(existing.getDisplayName());
            role.setValue(existing.getRole());
            provinces.setValue(allProvinces.stream()
                    .filter(p -> existing.getProvinceCodes().contains(p.getCode())).collect(Collectors.toSet()));
        } else {
            role.setValue(Role.GRIFFIE);
        }
        provinces.setEnabled(role.getValue() == Role.GRIFFIE);

        var form = new FormLayout(email, displayName, role, provinces);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        var save = new Button(getTranslation("action.save"), e -> onSave.accept(new Input(email.getValue(),
                displayName.getValue(), role.getValue(),
                provinces.getValue().stream().map(Province::getCode).collect(Collectors.toSet()))));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }
}
