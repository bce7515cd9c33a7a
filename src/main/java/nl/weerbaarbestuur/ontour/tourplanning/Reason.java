package nl.weerbaarbestuur.ontour.tourplanning;

import java.util.List;

/**
 * A sentence about a plan in the reader's language: a translation key (such as tourplan.why.preferred-weekday)
 * and its arguments (strings, numbers, dates, or {@link nl.weerbaarbestuur.ontour.shared.MessageKey}s
 * that are themselves translated).
 */
public record Reason(String key, List<Object> args) {

    public Reason {
        args = List.copyOf(args);
    }

    public static Reason of(String key, Object... args) {
        return new Reason(key, List.of(args));
    }
}
