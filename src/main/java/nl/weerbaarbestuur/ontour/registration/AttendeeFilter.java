package nl.weerbaarbestuur.ontour.registration;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an attendee list shows: a search over name and e-mail, and which registrations: those in
 * one of {@code statuses} or among {@code registrations} (ids another module picked, e.g. those
 * checked in). Both empty, and {@code registrations} null (not asked): everyone. The ids let a
 * module that depends on this one (attendance) narrow the list without this module knowing it.
 */
public record AttendeeFilter(String search, Set<RegistrationStatus> statuses, @Nullable Set<Long> registrations) {

    /** Stands in for "no ids": an empty IN () is not valid SQL everywhere, and no registration has it. */
    private static final Set<Long> NO_IDS = Set.of(-1L);

    public AttendeeFilter {
        search = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        statuses = statuses == null || statuses.isEmpty() ? Set.of() : Set.copyOf(statuses);
        registrations = registrations == null ? null : Set.copyOf(registrations);
    }

    public AttendeeFilter(String search, Set<RegistrationStatus> statuses) {
        this(search, statuses, null);
    }

    public static AttendeeFilter all() {
        return new AttendeeFilter("", Set.of());
    }

    /** Those who hold or wait for a seat: what a list on paper or in a spreadsheet is about. */
    public static AttendeeFilter active() {
        return new AttendeeFilter("", RegistrationStatus.ACTIVE);
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

    /** False when only the ids decide (no status chosen, but ids asked for). */
    boolean byStatus() {
        return !statuses.isEmpty() || registrations == null;
    }

    Set<Long> registrationsOrNone() {
        return registrations == null || registrations.isEmpty() ? NO_IDS : registrations;
    }
}
