package nl.weerbaarbestuur.ontour.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A request body that refuses fields it does not know. The application's JSON mapper ignores
 * unknown fields (other readers need that); here a misspelt "capacty" in a PATCH would silently
 * change nothing, so the API says so instead (400).
 */
interface StrictInput {

    Map<String, Object> unknownFields();

    default void rejectUnknownFields() {
        if (unknownFields() != null && !unknownFields().isEmpty()) {
            throw new UnknownFieldsException(unknownFields().keySet());
        }
    }

    static Map<String, Object> copy(Map<String, Object> unknown) {
        return unknown == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(unknown));
    }

    /** Fields in a request body that this API does not know. */
    final class UnknownFieldsException extends RuntimeException {

        private final transient Set<String> fields;

        UnknownFieldsException(Set<String> fields) {
            super("unknown fields: " + fields);
            this.fields = Set.copyOf(fields);
        }

        Set<String> fields() {
            return fields;
        }
    }
}
