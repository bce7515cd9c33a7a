package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Collection;
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

    /**
     * Reasons read as one sentence: "Alle harde regels gehaald; 3 sessies in een schoolvakantie; alle
     * wensen gehaald." Each reason stands alone elsewhere (the API lists them, each with its capital and
     * full stop); joined, they lose their full stops, and every part after the first its capital.
     */
    public String sentence(List<Reason> reasons, Locale locale) {
        return asSentence(texts(reasons, locale), locale);
    }

    /**
     * Texts joined into one sentence, as {@link #sentence(List, Locale)} does with reasons. A part keeps its capital when
     * its first word is written in capitals or has a capital further on (an abbreviation such as "PS",
     * a name such as "IJsselstein"): the parts a plan's summary has start with a number or a common word.
     */
    public static String asSentence(Collection<String> parts, Locale locale) {
        var out = new StringBuilder();
        for (var part : parts) {
            var text = withoutFullStop(part);
            if (text.isEmpty()) {
                continue;
            }
            if (out.isEmpty()) {
                out.append(text.substring(0, 1).toUpperCase(locale)).append(text.substring(1));
            } else {
                out.append("; ").append(lowerFirst(text, locale));
            }
        }
        return out.isEmpty() ? "" : out.append('.').toString();
    }

    private static String withoutFullStop(String part) {
        var trimmed = part.strip();
        return trimmed.endsWith(".") ? trimmed.substring(0, trimmed.length() - 1).strip() : trimmed;
    }

    private static String lowerFirst(String text, Locale locale) {
        int wordEnd = 0;
        while (wordEnd < text.length() && Character.isLetter(text.charAt(wordEnd))) {
            wordEnd++;
        }
        var word = text.substring(0, wordEnd);
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))
                || word.substring(1).chars().anyMatch(Character::isUpperCase)) {
            return text;
        }
        return word.substring(0, 1).toLowerCase(locale) + text.substring(1);
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
