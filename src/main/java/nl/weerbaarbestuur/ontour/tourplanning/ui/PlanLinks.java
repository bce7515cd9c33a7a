package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The planner's address: {@code planning/tourplan?tour=3&run=<id>}, so that a reload (or a second
 * tab) comes back to the same run. Anything unreadable in it counts as absent.
 */
final class PlanLinks {

    static final String PATH = "planning/tourplan";

    private PlanLinks() {
    }

    static @Nullable Long number(QueryParameters query, String name) {
        try {
            return Long.valueOf(query.getSingleParameter(name).orElse(""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static @Nullable UUID uuid(QueryParameters query, String name) {
        var value = query.getSingleParameter(name).orElse("");
        try {
            return value.length() == 36 ? UUID.fromString(value) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Puts the tour (and the run, if there is one) in the address bar without navigating. */
    static void remember(long tourId, @Nullable UUID runId) {
        var ui = UI.getCurrent();
        if (ui != null) {
            var parameters = runId == null ? Map.of("tour", Long.toString(tourId))
                    : Map.of("tour", Long.toString(tourId), "run", runId.toString());
            ui.getPage().getHistory().replaceState(null, new Location(PATH, QueryParameters.simple(parameters)));
        }
    }
}
