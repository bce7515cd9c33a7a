package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/**
 * Puts the service's refusals on the fields they belong to: each {@link InvalidInputException.FieldError}
 * names a field as the API does ("title", "startsAt"); a form binds those names to its components.
 * The server decides what is valid, so the fields validate manually (their own client-side checks
 * would otherwise clear the server's message on blur).
 */
final class FieldErrors {

    private final Map<String, Supplier<HasValidation>> byName = new LinkedHashMap<>();
    private final LinkedHashSet<HasValidation> all = new LinkedHashSet<>();

    FieldErrors bind(String name, HasValidation field) {
        return bind(name, () -> field, field);
    }

    /** For a name whose field depends on the input (an empty date or an empty start time). */
    FieldErrors bind(String name, Supplier<HasValidation> target, HasValidation... candidates) {
        for (var candidate : candidates) {
            candidate.setManualValidation(true);
            all.add(candidate);
        }
        byName.put(name, target);
        return this;
    }

    void clear() {
        for (var field : all) {
            field.setInvalid(false);
            field.setErrorMessage(null);
        }
    }

    /**
     * Marks every field named in the refusal with its translated message and focuses the first;
     * returns the messages of names no field here shows, for the caller to show elsewhere.
     */
    List<String> show(InvalidInputException refusal, Component translator) {
        clear();
        var messages = new LinkedHashMap<HasValidation, String>();
        var unplaced = new ArrayList<String>();
        for (var error : refusal.errors()) {
            var text = translator.getTranslation(error.messageKey(), error.arguments());
            var target = byName.get(error.field());
            if (target == null) {
                unplaced.add(text);
            } else {
                messages.merge(target.get(), text, (a, b) -> a.equals(b) ? a : a + " " + b);
            }
        }
        messages.forEach((field, text) -> {
            field.setErrorMessage(text);
            field.setInvalid(true);
        });
        messages.keySet().stream().filter(Focusable.class::isInstance).findFirst()
                .ifPresent(field -> ((Focusable<?>) field).focus());
        return unplaced;
    }
}
