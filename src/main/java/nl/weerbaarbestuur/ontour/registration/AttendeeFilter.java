package nl.weerbaarbestuur.ontour.registration;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * What an attendee list shows: a search over name and e-mail, and the statuses to include
 * (empty: all of them).
 */
public record AttendeeFilter(String search, Set<RegistrationStatus> statuses) {

    public AttendeeFilter {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
    }

    public static AttendeeFilter all() {
        return new AttendeeFilter("", Set.of());
    }

    /** Those who hold or wait for a seat: what a list on paper or in a spreadsheet is about. */
    public static AttendeeFilter active() {
        return new AttendeeFilter("", EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                RegistrationStatus.PENDING_CONFIRMATION, RegistrationStatus.AWAITING_APPROVAL));
    }

    public static AttendeeFilter confirmed() {
        return new AttendeeFilter("", EnumSet.of(RegistrationStatus.CONFIRMED));
    }

    /** The search as a LIKE pattern, with the wildcards the user typed taken literally. */
    String pattern() {
        // '!' escapes rather than a backslash, which MySQL also reads as an escape inside the literal.
        var escaped = search.replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return "%" + escaped + "%";
    }

    Set<RegistrationStatus> statusesOrAll() {
        return statuses.isEmpty() ? EnumSet.allOf(RegistrationStatus.class) : statuses;
    }
}
