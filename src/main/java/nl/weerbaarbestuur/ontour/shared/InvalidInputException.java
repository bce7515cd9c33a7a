package nl.weerbaarbestuur.ontour.shared;

import java.util.List;

/**
 * Input that cannot be accepted, with one message per field, so that a form can mark each field
 * and the API can answer 422 with a Dutch message per field. Nothing was saved.
 */
public class InvalidInputException extends RuntimeException {

    /** A field (as the API names it) and the translation key (with arguments) of its message. */
    public record FieldError(String field, String messageKey, Object... arguments) {
    }

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("invalid input: " + errors.stream().map(e -> e.field() + "=" + e.messageKey()).toList());
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
