package nl.weerbaarbestuur.ontour.shared;

import java.util.List;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import org.jspecify.annotations.Nullable;

/**
 * The checks every form and API field shares, with the same Dutch message keys everywhere.
 *
 * <p>Every text refuses control characters (free text keeps its line breaks and tabs) and the
 * bidirectional overrides and isolates U+202A-U+202E and U+2066-U+2069, which can make a text read
 * differently from what it is ("Trojan Source"). Names and the fractie also refuse anything a
 * mail client would turn into a link (a web address, www., an e-mail address, a scheme such as
 * javascript:): the platform mails a participant's name to whatever address was typed, and such a
 * name would be a phishing link sent from our own domain.
 */
public final class FieldChecks {

    private static final Pattern LINK_LIKE = Pattern.compile(
            "(?iu)([a-z][a-z0-9+.-]*://)|(\\bwww\\d?\\.)|([^\\s@]+@[^\\s@]+\\.[^\\s@]+)|(\\b(mailto|javascript|vbscript|data|file|ftp|tel|sms|callto|skype|tg)\\s*:)"
                    + "|([\\p{L}\\p{N}-]\\.(nl|com|org|net|eu|info|io|be|de|fr|uk|ru|cn|xyz|app|link|site|online|top|shop|club|"
                    + "biz|co|me|ly|gl|gd|to|example|test|local|frl|amsterdam)\\b)");

    private FieldChecks() {
    }

    /** Required and/or at most {@code max} characters (after trimming); no control or bidi characters. */
    public static void text(List<FieldError> errors, String field, @Nullable String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "field.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "field.too-long", max));
        } else if (hasUnsafeCharacters(value, true)) {
            errors.add(new FieldError(field, "field.unsafe-characters"));
        }
    }

    /**
     * A person's name or their fractie: as {@link #text}, on one line, without zero-width
     * characters and without anything that reads as a link.
     */
    public static void name(List<FieldError> errors, String field, @Nullable String value, int max, boolean required) {
        int before = errors.size();
        text(errors, field, value, max, required);
        if (errors.size() > before || value == null || value.isBlank()) {
            return;
        }
        if (hasUnsafeCharacters(value, false) || value.codePoints().anyMatch(FieldChecks::isInvisible)) {
            errors.add(new FieldError(field, "field.unsafe-characters"));
        } else if (LINK_LIKE.matcher(value).find()) {
            errors.add(new FieldError(field, "field.no-links"));
        }
    }

    /** Control characters (except line breaks and tabs in multi-line text) and bidi overrides/isolates. */
    public static boolean hasUnsafeCharacters(String value, boolean multiLine) {
        return value != null && value.codePoints().anyMatch(c -> isBidiControl(c)
                || (Character.getType(c) == Character.CONTROL && !(multiLine && (c == '\n' || c == '\r' || c == '\t'))));
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static boolean isInvisible(int c) {
        return (c >= 0x200B && c <= 0x200F) || c == 0x2060 || c == 0xFEFF || c == 0x00AD;
    }

    /** Trimmed, or null when there is nothing. */
    public static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
