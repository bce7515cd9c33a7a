package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.upload.UploadI18N;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.tourplanning.InputProblem;
import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import org.jspecify.annotations.Nullable;

/** What the input screens share: messages with dates in the reader's language, pickers, tour choice, notices. */
final class InputUi {

    /** The weekdays a griffie may prefer: sessions are held on working days. */
    static final List<DayOfWeek> WORKING_DAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);

    private InputUi() {
    }

    /** A problem's message; dates among its arguments written out ("14 september 2027"). */
    static String message(Component translator, InputProblem problem) {
        return message(translator, problem.key(), problem.args().toArray());
    }

    static String message(Component translator, String key, Object... args) {
        var locale = locale();
        var shown = Arrays.stream(args).map(a -> a instanceof LocalDate d ? DutchTime.date(d, locale) : a).toArray();
        return translator.getTranslation(key, shown);
    }

    /** Every message of a refusal, in order, each once. */
    static List<String> messages(Component translator, InvalidInputException refusal) {
        return refusal.errors().stream().map(e -> message(translator, e.messageKey(), e.arguments())).distinct().toList();
    }

    /** The reader's language, as getTranslation uses it (also before the component is attached). */
    static Locale locale() {
        var ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? DutchTime.DUTCH : ui.getLocale();
    }

    static String weekday(DayOfWeek day, Locale locale) {
        return day.getDisplayName(TextStyle.FULL, DutchTime.formatLocale(locale));
    }

    /** "dinsdag, donderdag", in week order; empty for none. */
    static String weekdays(Set<DayOfWeek> days, Locale locale) {
        return days.stream().sorted().map(d -> weekday(d, locale)).collect(Collectors.joining(", "));
    }

    static String partOfDay(Component translator, @Nullable PartOfDay partOfDay) {
        return translator.getTranslation(partOfDay == null ? "tourplanning.input.part.none"
                : "tourplanning.input.part." + partOfDay.name());
    }

    /** "dinsdag 14 september 2027". */
    static String longDate(LocalDate date, Locale locale) {
        return java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", DutchTime.formatLocale(locale)).format(date);
    }

    /**
     * The tour to show: the one asked for, else the first that is not over yet (by start), else the
     * latest; null when there are no tours.
     */
    static @Nullable Tour chooseTour(List<Tour> tours, @Nullable Long wanted, LocalDate today) {
        return tours.stream().filter(t -> t.getId().equals(wanted)).findFirst()
                .or(() -> tours.stream().filter(t -> !t.getEndsOn().isBefore(today)).min(Comparator.comparing(Tour::getStartsOn)))
                .or(() -> tours.stream().max(Comparator.comparing(Tour::getStartsOn)))
                .orElse(null);
    }

    static @Nullable Long number(String value) {
        try {
            return value.isBlank() ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A date picker with month and day names in the reader's language, Monday first. */
    static DatePicker datePicker(Component translator, String label) {
        var locale = DutchTime.formatLocale(locale());
        var picker = new DatePicker(label);
        picker.setLocale(locale);
        var sundayFirst = new DayOfWeek[]{DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY};
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList())
                .setWeekdays(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.FULL, locale)).toList())
                .setWeekdaysShort(Arrays.stream(sundayFirst).map(d -> d.getDisplayName(TextStyle.SHORT, locale)).toList())
                .setFirstDayOfWeek(1)
                .setDateFormat(locale == DutchTime.ENGLISH ? "d/M/yyyy" : "d-M-yyyy")
                .setToday(translator.getTranslation("picker.today"))
                .setCancel(translator.getTranslation("picker.cancel")));
        picker.setManualValidation(true);
        return picker;
    }

    static Paragraph notice(String text, String variant) {
        var p = new Paragraph(text);
        p.addClassNames("ot-notice", variant);
        return p;
    }

    static void success(Component source, String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        Notification.show(text, 8000, Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    /** The upload's own texts ("Upload File...", "Drop file here") in the page's language. */
    static UploadI18N uploadI18n(Component t) {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(t.getTranslation("upload.add.one"))
                        .setMany(t.getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(t.getTranslation("upload.drop.one"))
                        .setMany(t.getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(t.getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(t.getTranslation("upload.error.too-big"))
                        .setIncorrectFileType(t.getTranslation("upload.error.type")))
                .setFile(new UploadI18N.File().setRetry(t.getTranslation("upload.file.retry"))
                        .setStart(t.getTranslation("upload.file.start")).setRemove(t.getTranslation("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(t.getTranslation("upload.status.connecting"))
                                .setStalled(t.getTranslation("upload.status.stalled"))
                                .setProcessing(t.getTranslation("upload.status.processing"))
                                .setHeld(t.getTranslation("upload.status.held")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(t.getTranslation("upload.error.server"))
                                .setUnexpectedServerError(t.getTranslation("upload.error.server"))
                                .setForbidden(t.getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(t.getTranslation("upload.error.too-big"))));
    }
}
