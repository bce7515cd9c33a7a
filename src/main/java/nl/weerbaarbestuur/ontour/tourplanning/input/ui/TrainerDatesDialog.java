package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.TreeSet;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.tourplanning.TrainerDates;

/** One trainer's days off (a day or a week at a time) and weekly maximum; saved together, kept on a refusal. */
class TrainerDatesDialog extends Dialog {

    private final TrainerDates service;
    private final long trainerId;
    private final Runnable saved;
    private final TreeSet<LocalDate> dates;
    private final DatePicker picker;
    private final IntegerField max = new IntegerField();
    private final Grid<LocalDate> grid = new Grid<>();
    private final Div errors = new Div();

    TrainerDatesDialog(TrainerDates service, TrainerDates.Availability availability, Runnable saved) {
        this.service = service;
        this.trainerId = availability.trainerId();
        this.saved = saved;
        this.dates = new TreeSet<>(availability.unavailableDates());
        setId("availability-dialog");
        setHeaderTitle(getTranslation("tourplanning.input.trainers.dialog", availability.name()));
        setWidth("min(40rem, 95vw)");
        picker = InputUi.datePicker(this, getTranslation("tourplanning.input.dates.date"));
        picker.setId("availability-pick");
        var addDay = new Button(getTranslation("tourplanning.input.dates.add"), e -> add(false));
        addDay.setId("availability-add");
        var addWeek = new Button(getTranslation("tourplanning.input.dates.add-week"), e -> add(true));
        addWeek.setId("availability-add-week");
        var row = new HorizontalLayout(picker, addDay, addWeek);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        grid.setId("availability-dates");
        grid.setAllRowsVisible(true);
        grid.addColumn(d -> InputUi.longDate(d, getLocale())).setHeader(getTranslation("tourplanning.input.dates.date"))
                .setFlexGrow(1);
        grid.addComponentColumn(d -> {
            var remove = new Button(getTranslation("tourplanning.input.dates.remove"), e -> {
                dates.remove(d);
                grid.setItems(dates);
            });
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("tourplanning.input.dates.remove-date", InputUi.longDate(d, getLocale())));
            return remove;
        }).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("tourplanning.input.trainers.always"));
        grid.setItems(dates);
        max.setId("availability-max");
        max.setLabel(getTranslation("tourplanning.input.trainers.max"));
        max.setHelperText(getTranslation("tourplanning.input.trainers.max-help"));
        max.setMin(1);
        max.setMax(TrainerDates.MAX_PER_WEEK);
        max.setStepButtonsVisible(true);
        max.setClearButtonVisible(true);
        max.setManualValidation(true);
        max.setValue(availability.maxPerWeek());
        errors.setId("availability-errors");
        add(row, grid, max, errors);
        var save = new Button(getTranslation("action.save"), e -> save());
        save.setId("availability-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void add(boolean wholeWeek) {
        picker.setInvalid(false);
        var date = picker.getValue();
        if (date == null) {
            picker.setErrorMessage(getTranslation("tourplanning.input.dates.pick-first"));
            picker.setInvalid(true);
            return;
        }
        if (wholeWeek) {
            var monday = date.with(DayOfWeek.MONDAY);
            for (int i = 0; i < 7; i++) {
                dates.add(monday.plusDays(i));
            }
        } else {
            dates.add(date);
        }
        picker.clear();
        grid.setItems(dates);
    }

    private void save() {
        errors.removeAll();
        max.setInvalid(false);
        try {
            service.save(trainerId, dates, max.getValue());
            InputUi.success(this, getTranslation("tourplanning.input.trainers.saved"));
            close();
            saved.run();
        } catch (InvalidInputException refused) {
            for (var error : refused.errors()) {
                var text = InputUi.message(this, error.messageKey(), error.arguments());
                if (error.field().equals("maxPerWeek")) {
                    max.setErrorMessage(text);
                    max.setInvalid(true);
                } else {
                    errors.add(InputUi.notice(text, "ot-notice-error"));
                }
            }
        }
    }
}
