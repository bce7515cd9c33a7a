package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import org.jspecify.annotations.Nullable;

/** The small rules every pasted or typed value of the tour planner's input shares: dates and short texts. */
final class InputText {

    /** The longest reason a griffie gives for a date ("Statenvergadering", "reces"). */
    static final int REASON_MAX = 60;
    /** The longest name of a school holiday ("Voorjaarsvakantie"). */
    static final int NAME_MAX = 60;
    /** How much of a bad line a message repeats. */
    private static final int ECHO_MAX = 40;

    private static final Pattern DUTCH = Pattern.compile("\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{1,2}-\\d{1,2}");
    private static final DateTimeFormatter DUTCH_FORMAT = DateTimeFormatter.ofPattern("d-M-uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO_FORMAT = DateTimeFormatter.ofPattern("uuuu-M-d")
            .withResolverStyle(ResolverStyle.STRICT);

    private InputText() {
    }

    /** "14-9-2027", "14/9/2027", "14.9.2027" or "2027-09-14"; empty for anything else, also for 31-2-2027. */
    static Optional<LocalDate> date(@Nullable String text) {
        if (text == null) {
            return Optional.empty();
        }
        var value = text.strip();
        try {
            if (DUTCH.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value.replace('/', '-').replace('.', '-'), DUTCH_FORMAT));
            }
            if (ISO.matcher(value).matches()) {
                return Optional.of(LocalDate.parse(value, ISO_FORMAT));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The problems of a short one-line text: too long, or characters that have no place in it. */
    static List<InputProblem> shortText(@Nullable String text, int max, String tooLongKey, String unsafeKey) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        if (text.strip().length() > max) {
            return List.of(InputProblem.of(tooLongKey, max));
        }
        if (FieldChecks.hasUnsafeCharacters(text, false)) {
            return List.of(InputProblem.of(unsafeKey));
        }
        return List.of();
    }

    /** A bad value as a message may repeat it: shortened, and without control characters. */
    static String echo(String text) {
        var clean = text.strip().codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return clean.length() <= ECHO_MAX ? clean : clean.substring(0, ECHO_MAX) + "…";
    }

    /** The lines of a pasted or uploaded text, without a byte-order mark. */
    static String[] lines(String text) {
        var source = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return source.split("\\r\\n|\\r|\\n", -1);
    }
}
