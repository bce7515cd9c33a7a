package nl.weerbaarbestuur.ontour.tourplanning;

import java.util.List;

/**
 * What is wrong with a line of a pasted list or with a value: a translation key and its arguments.
 * Arguments may be {@link java.time.LocalDate}s, which a view formats in the reader's language.
 */
public record InputProblem(String key, List<Object> args) {

    public InputProblem {
        args = List.copyOf(args);
    }

    static InputProblem of(String key, Object... args) {
        return new InputProblem(key, List.of(args));
    }
}
