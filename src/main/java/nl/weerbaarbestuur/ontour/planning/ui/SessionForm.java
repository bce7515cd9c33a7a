package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBoxI18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.function.Function;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.Trainer;
import nl.weerbaarbestuur.ontour.planning.Venue;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/**
 * Everything an organiser enters for a session. Times are entered as a date and two clock times
 * in Amsterdam; the form turns them into a {@link SessionPlan} and fires it to the view ("check"
 * or "save"), which asks the service. The form never saves anything itself.
 */
class SessionForm extends Div {

    final Select<Tour> tour = new Select<>();
    final Select<Province> province = new Select<>();
    final TextField title = new TextField();
    final TextField topic = new TextField();
    final TextArea description = new TextArea();
    final DatePicker date;
    final TimePicker start;
    final TimePicker end;
    final RadioButtonGroup<SessionFormat> format = new RadioButtonGroup<>();
    final Select<Venue> venue = new Select<>();
    final TextField meetingUrl = new TextField();
    final IntegerField capacity = new IntegerField();
    final Select<Audience> audience = new Select<>();
    final MultiSelectComboBox<Trainer> trainers = new MultiSelectComboBox<>();
    final DateTimePicker registrationOpens;
    final DateTimePicker registrationCloses;
    final Checkbox griffieApproval = new Checkbox();
    private final Button check = new Button();
    private final Button save = new Button();
    private final FieldErrors errors = new FieldErrors();
    private final SessionFormFiller filler;

    SessionForm(Function<String, List<Venue>> venueOptions) {
        addClassName("ot-session-form");
        date = Pickers.date(getTranslation("session.date"), getLocale());
        start = Pickers.time(getTranslation("session.start"), getLocale());
        end = Pickers.time(getTranslation("session.end"), getLocale());
        registrationOpens = Pickers.dateTime(getTranslation("session.registration-opens"), getLocale());
        registrationCloses = Pickers.dateTime(getTranslation("session.registration-closes"), getLocale());
        filler = new SessionFormFiller(this, venueOptions);
        labels();

        errors.bind("tourId", tour).bind("province", province).bind("title", title).bind("topic", topic)
                .bind("description", description)
                .bind("startsAt", () -> date.isEmpty() ? date : start, date, start)
                .bind("endsAt", () -> date.isEmpty() ? date : end, date, end)
                .bind("format", format).bind("venueId", venue).bind("meetingUrl", meetingUrl)
                .bind("capacity", capacity).bind("audience", audience).bind("trainerIds", trainers)
                .bind("registrationOpensAt", registrationOpens).bind("registrationClosesAt", registrationCloses);

        check.setText(getTranslation("editor.check"));
        check.setId("session-check");
        check.addClickListener(e -> fireEvent(new SessionFormEvents.Check(this, plan())));
        save.setText(getTranslation("action.save"));
        save.setId("session-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> fireEvent(new SessionFormEvents.Save(this, plan())));
        var buttons = new HorizontalLayout(save, check);
        buttons.addClassName("ot-form-buttons");

        add(section("editor.section.what", tour, province, title, topic, description),
                section("editor.section.when", date, start, end),
                section("editor.section.where", format, venue, meetingUrl),
                section("editor.section.who", capacity, audience, trainers, registrationOpens, registrationCloses, griffieApproval),
                buttons);
    }

    private void labels() {
        SessionFormFiller.label(tour, "session.tour", "session-tour");
        SessionFormFiller.label(province, "session.province", "session-province");
        SessionFormFiller.label(title, "session.title", "session-title");
        title.setMaxLength(SessionPlan.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);
        SessionFormFiller.label(topic, "session.topic", "session-topic");
        topic.setMaxLength(SessionPlan.TOPIC_MAX);
        SessionFormFiller.label(description, "session.description", "session-description");
        description.setMaxLength(SessionPlan.DESCRIPTION_MAX);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.addValueChangeListener(e -> counter());
        counter();
        SessionFormFiller.label(date, "session.date", "session-date");
        SessionFormFiller.label(start, "session.start", "session-start");
        SessionFormFiller.label(end, "session.end", "session-end");
        // The clock times are the ones in Amsterdam: the hint sits under the time, not under the date.
        start.setHelperText(getTranslation("session.time-zone-help"));
        // Every field the service refuses when empty says so before saving.
        for (var field : List.<HasValue<?, ?>>of(tour, province, title, date, start, end, format, venue, meetingUrl, capacity,
                audience)) {
            field.setRequiredIndicatorVisible(true);
        }
        SessionFormFiller.label(format, "session.format", "session-format");
        SessionFormFiller.label(venue, "session.venue", "session-venue");
        venue.setHelperText(getTranslation("session.venue.help"));
        SessionFormFiller.label(meetingUrl, "session.meeting-url", "session-meeting-url");
        meetingUrl.setHelperText(getTranslation("session.meeting-url.help"));
        meetingUrl.setMaxLength(SessionPlan.MEETING_URL_MAX);
        SessionFormFiller.label(capacity, "session.capacity", "session-capacity");
        capacity.setMin(SessionPlan.CAPACITY_MIN);
        capacity.setMax(SessionPlan.CAPACITY_MAX);
        capacity.setStepButtonsVisible(true);
        SessionFormFiller.label(audience, "session.audience", "session-audience");
        SessionFormFiller.label(trainers, "session.trainers", "session-trainers");
        trainers.setI18n(trainerPickerI18n());
        SessionFormFiller.label(registrationOpens, "session.registration-opens", "session-registration-opens");
        SessionFormFiller.label(registrationCloses, "session.registration-closes", "session-registration-closes");
        griffieApproval.setLabel(getTranslation("session.griffie-approval"));
        griffieApproval.setId("session-griffie-approval");
        format.addValueChangeListener(e -> showWhere(e.getValue()));
        province.addValueChangeListener(e -> filler.provinceChanged(e.getValue()));
    }

    /** What a screen reader announces while choosing trainers; Vaadin's own words are English. */
    private MultiSelectComboBoxI18n trainerPickerI18n() {
        return new MultiSelectComboBoxI18n()
                .setSelected(getTranslation("picker.selected"))
                .setDeselected(getTranslation("picker.deselected"))
                .setCleared(getTranslation("picker.cleared"))
                .setFocused(getTranslation("picker.focused"))
                // {count} is the web component's own placeholder, filled in by the browser.
                .setTotal("{count} " + getTranslation("picker.total"));
    }

    private Section section(String headingKey, Component... fields) {
        var layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("36em", 2),
                new FormLayout.ResponsiveStep("52em", 3));
        if (List.of(fields).contains(description)) {
            layout.setColspan(title, 2);
            layout.setColspan(description, 3);
        }
        if (List.of(fields).contains(venue)) {
            layout.setColspan(venue, 2);
        }
        var section = new Section(new H3(getTranslation(headingKey)), layout);
        section.addClassName("ot-form-section");
        return section;
    }

    private void counter() {
        description.setHelperText(getTranslation("session.description.counter", description.getValue().length(),
                SessionPlan.DESCRIPTION_MAX));
    }

    private void showWhere(SessionFormat chosen) {
        venue.setVisible(chosen == null || chosen.hasVenue());
        meetingUrl.setVisible(chosen != null && chosen.hasMeetingLink());
    }

    SessionFormFiller filler() {
        return filler;
    }

    SessionPlan plan() {
        return filler.plan();
    }

    /** Marks the fields the service refused; returns messages that belong to no field. */
    List<String> showErrors(InvalidInputException refusal) {
        var unplaced = errors.show(refusal, this);
        if (date.isEmpty() && date.isInvalid()) {
            date.setErrorMessage(getTranslation("editor.date-required"));
        }
        return unplaced;
    }

    void clearErrors() {
        errors.clear();
    }

    /** Cancelled and completed sessions are shown, not edited. */
    void setEditable(boolean editable) {
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(tour, province, title, topic, description, date, start, end,
                format, venue, meetingUrl, capacity, audience, trainers, registrationOpens, registrationCloses, griffieApproval)) {
            field.setReadOnly(!editable);
        }
        check.setVisible(editable);
        save.setVisible(editable);
    }

    Registration addCheckListener(ComponentEventListener<SessionFormEvents.Check> listener) {
        return addListener(SessionFormEvents.Check.class, listener);
    }

    Registration addSaveListener(ComponentEventListener<SessionFormEvents.Save> listener) {
        return addListener(SessionFormEvents.Save.class, listener);
    }
}
