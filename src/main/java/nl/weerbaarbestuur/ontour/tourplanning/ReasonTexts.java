package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.Translations;

/**
 * A plan's {@link Reason}s as sentences in the reader's language, the same for the planner view and
 * the API. Dates, times and weekdays among the arguments are written as a Dutch (or English) reader
 * writes them ("16 februari 2027", "19:30", "dinsdag"), where MessageFormat would print
 * "2027-02-16"; {@link nl.weerbaarbestuur.ontour.shared.MessageKey} arguments are translated by
 * {@link Translations}. A key nobody translated shows as {@code !key} (and is logged), never as an error.
 */
@Component
public class ReasonTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Translations translations;

    public ReasonTexts(Translations translations) {
        this.translations = translations;
    }

    public String text(Reason reason, Locale locale) {
        var args = reason.args().stream().map(arg -> readable(arg, locale)).toArray();
        return translations.getTranslation(reason.key(), locale, args);
    }

    public List<String> texts(List<Reason> reasons, Locale locale) {
        return reasons.stream().map(reason -> text(reason, locale)).toList();
    }

    private static Object readable(Object arg, Locale locale) {
        return switch (arg) {
            case LocalDate date -> DutchTime.date(date, locale);
            case LocalTime time -> TIME.format(time);
            case DayOfWeek day -> day.getDisplayName(TextStyle.FULL, DutchTime.formatLocale(locale));
            default -> arg;
        };
    }
}
