package nl.weerbaarbestuur.ontour.registration.ui;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.shared.PageStatus;
import org.springframework.stereotype.Component;

/** {@code /sessies/{id}} of a session that is not public answers 404, as {@link SessionPageView} shows. */
@Component
class SessionPageStatus implements PageStatus {

    private static final Pattern SESSION_PAGE = Pattern.compile("^/sessies/([^/]+)/?$");

    private final PlanningService planning;

    SessionPageStatus(PlanningService planning) {
        this.planning = planning;
    }

    @Override
    public OptionalInt statusFor(String path) {
        var matcher = SESSION_PAGE.matcher(path);
        if (!matcher.matches()) {
            return OptionalInt.empty();
        }
        var id = SessionPageView.parse(matcher.group(1));
        return id.flatMap(planning::publicSession).isPresent() ? OptionalInt.empty() : OptionalInt.of(404);
    }
}
