package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;

/** Create or edit a tour: name, period, description and the organisers' mailbox that sends the invites. */
class TourDialog extends EditDialog<TourDialog.Input> {

    record Input(String name, String description, LocalDate startsOn, LocalDate endsOn, String organiserEmail,
                 String reminderDays, Integer retentionDays) {
    }

    private final TextField name = new TextField();
    private final DatePicker startsOn;
    private final DatePicker endsOn;
    private final EmailField organiserEmail = new EmailField();
    private final TextArea description = new TextArea();
    private final TextField reminderDays = new TextField();
    private final IntegerField retentionDays = new IntegerField();

    TourDialog(Tour existing, Consumer<Input> onSave) {
        super("", "tour", onSave);
        setHeaderTitle(getTranslation(existing == null ? "tours.dialog.new" : "tours.dialog.edit"));
        name.setLabel(getTranslation("tours.name"));
        name.setId("tour-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(160);
        startsOn = Pickers.date(getTranslation("tours.starts-on"), getLocale());
        startsOn.setId("tour-starts-on");
        startsOn.setRequiredIndicatorVisible(true);
        endsOn = Pickers.date(getTranslation("tours.ends-on"), getLocale());
        endsOn.setId("tour-ends-on");
        endsOn.setRequiredIndicatorVisible(true);
        organiserEmail.setLabel(getTranslation("tours.email"));
        organiserEmail.setId("tour-email");
        organiserEmail.setRequiredIndicatorVisible(true);
        organiserEmail.setMaxLength(254);
        organiserEmail.setHelperText(getTranslation("tours.email.help"));
        description.setLabel(getTranslation("tours.description"));
        description.setId("tour-description");
        description.setMaxLength(4000);
        reminderDays.setLabel(getTranslation("tours.reminder-days"));
        reminderDays.setId("tour-reminder-days");
        reminderDays.setMaxLength(40);
        reminderDays.setHelperText(getTranslation("tours.reminder-days.help"));
        retentionDays.setLabel(getTranslation("tours.retention-days"));
        retentionDays.setId("tour-retention-days");
        retentionDays.setMin(TourService.MIN_RETENTION_DAYS);
        retentionDays.setMax(TourService.MAX_RETENTION_DAYS);
        retentionDays.setStepButtonsVisible(true);
        retentionDays.setHelperText(getTranslation("tours.retention-days.help"));
        retentionDays.setValue(existing == null ? 90 : existing.getRetentionDays());
        errors.bind("retentionDays", retentionDays);
        errors.bind("name", name).bind("reminderDays", reminderDays).bind("startsOn", startsOn).bind("endsOn", endsOn)
                .bind("organiserEmail", organiserEmail).bind("description", description);
        if (existing != null) {
            name.setValue(existing.getName());
            startsOn.setValue(existing.getStartsOn());
            endsOn.setValue(existing.getEndsOn());
            organiserEmail.setValue(existing.getOrganiserEmail());
            description.setValue(existing.getDescription() == null ? "" : existing.getDescription());
            reminderDays.setValue(String.join(", ", existing.getReminderDays().stream().map(String::valueOf).toList()));
        }
        form.add(name, organiserEmail, startsOn, endsOn, reminderDays, retentionDays, description);
        form.setColspan(name, 2);
        form.setColspan(organiserEmail, 2);
        form.setColspan(description, 2);
    }

    @Override
    protected Input input() {
        return new Input(name.getValue(), description.getValue(), startsOn.getValue(), endsOn.getValue(),
                organiserEmail.getValue(), reminderDays.getValue(), retentionDays.getValue());
    }
}
