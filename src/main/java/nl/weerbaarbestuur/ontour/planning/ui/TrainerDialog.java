package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.planning.Trainer;

/** Create or edit a trainer: name, e-mail address (also the sign-in of a trainer account) and organisation. */
class TrainerDialog extends EditDialog<TrainerDialog.Input> {

    record Input(String name, String email, String organisation) {
    }

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField organisation = new TextField();

    TrainerDialog(Trainer existing, Consumer<Input> onSave) {
        super("", "trainer", onSave);
        setHeaderTitle(getTranslation(existing == null ? "trainers.dialog.new" : "trainers.dialog.edit"));
        name.setLabel(getTranslation("trainers.name"));
        name.setId("trainer-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(120);
        email.setLabel(getTranslation("trainers.email"));
        email.setId("trainer-email");
        email.setRequiredIndicatorVisible(true);
        email.setMaxLength(254);
        email.setHelperText(getTranslation("trainers.email.help"));
        organisation.setLabel(getTranslation("trainers.organisation"));
        organisation.setId("trainer-organisation");
        organisation.setMaxLength(160);
        errors.bind("name", name).bind("email", email).bind("organisation", organisation);
        if (existing != null) {
            name.setValue(existing.getName());
            email.setValue(existing.getEmail());
            organisation.setValue(existing.getOrganisation() == null ? "" : existing.getOrganisation());
        }
        form.add(name, email, organisation);
        form.setColspan(organisation, 2);
    }

    @Override
    protected Input input() {
        return new Input(name.getValue(), email.getValue(), organisation.getValue());
    }
}
