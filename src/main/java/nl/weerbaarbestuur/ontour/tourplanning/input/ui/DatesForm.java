package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.TourDates;
import org.springframework.security.access.AccessDeniedException;

/**
 * A griffie's answer for one tour and province: dates that do not suit, picked one at a time or a
 * week at once (each with a short reason) or from a pasted list or an uploaded file (a list, or a
 * calendar export), and the preferred part of day and
 * weekdays. Everything stays in the {@link Draft} until "Opslaan"; a refusal keeps it all.
 */
class DatesForm extends Div {

    private static final String NONE = "NONE";

    private final TourDates service;
    private final Draft draft;
    private final Consumer<TourDates.Form> saved;
    private final LocalDate first;
    private final LocalDate last;
    private final long tourId;
    private final String provinceCode;
    private final DatePicker picker;
    private final ComboBox<String> reason = new ComboBox<>();
    private final List<String> reasons = new ArrayList<>();
    private final Grid<Map.Entry<LocalDate, String>> grid = new Grid<>();
    private final Paragraph count = new Paragraph();
    private final Div errors = new Div();

    DatesForm(TourDates service, TourDates.Form form, Draft draft, Consumer<TourDates.Form> saved) {
        this.service = service;
        this.draft = draft;
        this.saved = saved;
        this.first = form.firstDay();
        this.last = form.lastDay();
        this.tourId = form.tourId();
        this.provinceCode = form.provinceCode();
        setId("dates-form");
        var locale = getLocale();

        add(new H3(getTranslation("tourplanning.input.dates.unsuitable")));
        add(new Paragraph(getTranslation("tourplanning.input.dates.how")));
        picker = InputUi.datePicker(this, getTranslation("tourplanning.input.dates.date"));
        picker.setId("dates-pick");
        picker.setMin(first);
        picker.setMax(last);
        picker.setInitialPosition(first);
        for (var key : List.of("statenvergadering", "commissiedag", "reces", "week")) {
            reasons.add(getTranslation("tourplanning.input.reason." + key));
        }
        reason.setId("dates-reason");
        reason.setLabel(getTranslation("tourplanning.input.dates.reason"));
        reason.setHelperText(getTranslation("tourplanning.input.dates.reason-help"));
        reason.setItems(reasons);
        reason.setAllowCustomValue(true);
        reason.setClearButtonVisible(true);
        reason.setManualValidation(true);
        reason.addCustomValueSetListener(e -> {
            var typed = e.getDetail().strip();
            if (!typed.isEmpty() && !reasons.contains(typed)) {
                reasons.add(typed);
                reason.setItems(reasons);
            }
            reason.setValue(typed.isEmpty() ? null : typed);
        });
        var addDate = new Button(getTranslation("tourplanning.input.dates.add"), e -> add(false));
        addDate.setId("dates-add");
        var addWeek = new Button(getTranslation("tourplanning.input.dates.add-week"), e -> add(true));
        addWeek.setId("dates-add-week");
        var row = new HorizontalLayout(picker, reason, addDate, addWeek);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        add(row);

        grid.setId("dates-grid");
        grid.setAllRowsVisible(true);
        // Widths in rem and cells that wrap: on a phone the date, its reason and its button fit.
        grid.addColumn(e -> InputUi.longDate(e.getKey(), locale)).setHeader(getTranslation("tourplanning.input.dates.date"))
                .setWidth("7rem").setFlexGrow(1);
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("tourplanning.input.dates.reason")).setWidth("7rem")
                .setFlexGrow(2);
        grid.addComponentColumn(e -> {
            var remove = new Button(getTranslation("tourplanning.input.dates.remove"), click -> {
                draft.dates.remove(e.getKey());
                draft.changed = true;
                refresh();
            });
            remove.setId("dates-remove-" + e.getKey());
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            remove.setAriaLabel(getTranslation("tourplanning.input.dates.remove-date", InputUi.longDate(e.getKey(), locale)));
            return remove;
        }).setHeader(getTranslation("grid.actions")).setWidth("8rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("tourplanning.input.dates.none"));
        count.setId("dates-count");
        add(count, grid);
        add(new PastedList(draft.pastedList, text -> service.readList(tourId, text),
                (name, content) -> service.readFile(tourId, name, content), this::take, this::addFromFile,
                t -> draft.pastedList = t));

        add(new H3(getTranslation("tourplanning.input.preference")));
        var part = new RadioButtonGroup<String>(getTranslation("tourplanning.input.part.label"));
        part.setId("dates-part-of-day");
        part.setItems(NONE, PartOfDay.EVENING.name(), PartOfDay.AFTERNOON.name());
        part.setItemLabelGenerator(v -> InputUi.partOfDay(this, v.equals(NONE) ? null : PartOfDay.valueOf(v)));
        part.setValue(draft.partOfDay == null ? NONE : draft.partOfDay.name());
        part.addValueChangeListener(e -> {
            draft.partOfDay = e.getValue() == null || e.getValue().equals(NONE) ? null : PartOfDay.valueOf(e.getValue());
            draft.changed = true;
        });
        var days = new CheckboxGroup<DayOfWeek>(getTranslation("tourplanning.input.weekdays.label"));
        days.setId("dates-weekdays");
        days.setHelperText(getTranslation("tourplanning.input.weekdays.help"));
        days.setItems(InputUi.WORKING_DAYS);
        days.setItemLabelGenerator(d -> InputUi.weekday(d, locale));
        days.setValue(draft.weekdays);
        days.addValueChangeListener(e -> {
            draft.weekdays.clear();
            draft.weekdays.addAll(e.getValue());
            draft.changed = true;
        });
        add(new Div(part), new Div(days));

        errors.setId("dates-errors");
        errors.getElement().setAttribute("aria-live", "polite");
        var save = new Button(getTranslation("tourplanning.input.save"), e -> save());
        save.setId("dates-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(errors, save);
        refresh();
    }

    private void add(boolean wholeWeek) {
        picker.setInvalid(false);
        reason.setInvalid(false);
        var date = picker.getValue();
        if (date == null) {
            mark(picker, getTranslation("tourplanning.input.dates.pick-first"));
            return;
        }
        if (date.isBefore(first) || date.isAfter(last)) {
            mark(picker, InputUi.message(this, "tourplanning.input.error.outside", date, first, last));
            return;
        }
        var given = reason.getValue() == null ? "" : reason.getValue().strip();
        var problems = TourDates.reasonProblems(given);
        if (!problems.isEmpty()) {
            mark(reason, InputUi.message(this, problems.getFirst()));
            return;
        }
        if (wholeWeek) {
            var text = given.isEmpty() ? getTranslation("tourplanning.input.reason.week") : given;
            var monday = date.with(DayOfWeek.MONDAY);
            for (int i = 0; i < 7; i++) {
                var day = monday.plusDays(i);
                if (!day.isBefore(first) && !day.isAfter(last)) {
                    draft.dates.putIfAbsent(day, text);
                }
            }
        } else {
            draft.dates.put(date, given);
        }
        draft.changed = true;
        picker.clear();
        refresh();
    }

    private void take(Map<LocalDate, String> dates) {
        dates.forEach((date, text) -> {
            if (!text.isBlank() || !draft.dates.containsKey(date)) {
                draft.dates.put(date, text);
            }
        });
        draft.changed = true;
        refresh();
    }

    /**
     * A file's dates join the list; a date already on it keeps the reason given for it, unless that was
     * empty. Returns how many dates are new on the list.
     */
    private int addFromFile(Map<LocalDate, String> dates) {
        int added = 0;
        for (var entry : dates.entrySet()) {
            var known = draft.dates.get(entry.getKey());
            if (known == null) {
                added++;
            }
            if (known == null || known.isBlank()) {
                draft.dates.put(entry.getKey(), entry.getValue());
            }
        }
        draft.changed = true;
        refresh();
        return added;
    }

    private void save() {
        errors.removeAll();
        try {
            var form = service.answer(tourId, provinceCode, draft.answer(), draft.seenAnsweredAt);
            draft.reset(form);
            InputUi.success(this, form.dates().isEmpty() ? getTranslation("tourplanning.input.saved.all-suit")
                    : getTranslation("tourplanning.input.saved", form.dates().size()));
            refresh();
            saved.accept(form);
        } catch (InvalidInputException refused) {
            InputUi.messages(this, refused).forEach(m -> errors.add(InputUi.notice(m, "ot-notice-error")));
            InputUi.error(getTranslation("tourplanning.input.not-saved"));
        } catch (BusinessRuleException refused) {
            var text = InputUi.message(this, refused.messageKey(), refused.arguments());
            errors.add(InputUi.notice(text, "ot-notice-error"));
            InputUi.error(text);
        } catch (AccessDeniedException refused) {
            InputUi.error(getTranslation("tourplanning.input.error.province"));
        }
    }

    private void refresh() {
        grid.setItems(draft.dates.entrySet().stream().map(e -> Map.entry(e.getKey(), e.getValue())).toList());
        count.setText(draft.dates.isEmpty() ? getTranslation("tourplanning.input.dates.count-none")
                : getTranslation("tourplanning.input.dates.count", draft.dates.size(),
                DutchTime.date(first, getLocale()), DutchTime.date(last, getLocale())));
    }

    private static void mark(com.vaadin.flow.component.HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }
}
