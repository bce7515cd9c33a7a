package nl.weerbaarbestuur.ontour.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Every session happens in the Netherlands: instants are stored in UTC and shown and entered in
 * Europe/Amsterdam, formatted for the reader's language (nl-NL by default).
 */
public final class DutchTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/Amsterdam");
    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");

    private DutchTime() {
    }

    public static ZonedDateTime inAmsterdam(Instant instant) {
        return instant.atZone(ZONE);
    }

    /** "di 14 sep. 2027, 19:00" in Dutch, "Tue 14 Sept 2027, 19:00" in English. */
    public static String dateTime(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", effective(locale)).format(inAmsterdam(instant));
    }

    /** "dinsdag 14 september 2027". */
    public static String longDate(Instant instant, Locale locale) {
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", effective(locale)).format(inAmsterdam(instant));
    }

    public static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", effective(locale)).format(date);
    }

    public static String time(Instant instant) {
        return DateTimeFormatter.ofPattern("HH:mm").format(inAmsterdam(instant));
    }

    /** "14:00-16:30", or with the date when the end falls on another day. */
    public static String period(Instant start, Instant end, Locale locale) {
        var s = inAmsterdam(start);
        var e = inAmsterdam(end);
        if (s.toLocalDate().equals(e.toLocalDate())) {
            return dateTime(start, locale) + "–" + time(end);
        }
        return dateTime(start, locale) + " – " + dateTime(end, locale);
    }

    /** The locale for formatting: en-GB for English readers, nl-NL for everyone else. */
    public static Locale formatLocale(Locale locale) {
        return effective(locale);
    }

    private static Locale effective(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? ENGLISH : DUTCH;
    }
}
