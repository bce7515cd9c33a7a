package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * Date and time pickers that speak the reader's language (Dutch month and day names, Monday
 * first) and convert between what an organiser enters, always Europe/Amsterdam wall-clock time,
 * and the instants the services store. Summer time is handled by the zone rules.
 */
final class Pickers {

    private Pickers() {
    }

    static DatePicker date(String label, Locale locale) {
        var picker = new DatePicker(label);
        picker.setLocale(effective(locale));
        picker.setI18n(i18n(locale, picker));
        return picker;
    }

    static TimePicker time(String label, Locale locale) {
        var picker = new TimePicker(label);
        picker.setLocale(effective(locale));
        picker.setStep(Duration.ofMinutes(15));
        return picker;
    }

    static DateTimePicker dateTime(String label, Locale locale) {
        var picker = new DateTimePicker(label);
        picker.setLocale(effective(locale));
        picker.setStep(Duration.ofMinutes(15));
        picker.setDatePickerI18n(i18n(locale, picker));
        return picker;
    }

    /** Wall-clock time in Amsterdam to an instant; null when either part is missing. */
    static Instant instant(LocalDate date, LocalTime time) {
        return date == null || time == null ? null : date.atTime(time).atZone(DutchTime.ZONE).toInstant();
    }

    static Instant instant(LocalDateTime dateTime) {
        return dateTime == null ? null : dateTime.atZone(DutchTime.ZONE).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : DutchTime.inAmsterdam(instant).toLocalDateTime();
    }

    static Locale effective(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? DutchTime.ENGLISH : DutchTime.DUTCH;
    }

    private static DatePicker.DatePickerI18n i18n(Locale locale, com.vaadin.flow.component.Component translator) {
        var l = effective(locale);
        // The web component expects the week days Sunday first, whatever the first day of the week.
        var sundayFirst = new DayOfWeek[]{DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        return new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, l)).toList())
                .setWeekdays(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.FULL, l)).toList())
                .setWeekdaysShort(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.SHORT, l)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat(l == DutchTime.ENGLISH ? "d/M/yyyy" : "d-M-yyyy")
                .setToday(translator.getTranslation("picker.today"))
                .setCancel(translator.getTranslation("picker.cancel"));
    }
}
