package nl.weerbaarbestuur.ontour.shared;

import java.util.List;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;

/** The checks every form and API field shares, with the same Dutch message keys everywhere. */
public final class FieldChecks {

    private FieldChecks() {
    }

    /** Required and/or at most {@code max} characters (after trimming). */
    public static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "field.required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "field.too-long", max));
        }
    }

    /** Trimmed, or null when there is nothing. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
