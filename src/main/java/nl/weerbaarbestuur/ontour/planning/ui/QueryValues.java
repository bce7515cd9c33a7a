package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Values from the address (?tour=3&datum=2027-04-27): anything unreadable counts as absent. */
final class QueryValues {

    private QueryValues() {
    }

    static String text(QueryParameters query, String name) {
        return query.getSingleParameter(name).orElse("");
    }

    static Long number(QueryParameters query, String name) {
        try {
            return Long.valueOf(text(query, name));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static LocalDate date(QueryParameters query, String name) {
        try {
            var value = text(query, name);
            return value.isBlank() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
