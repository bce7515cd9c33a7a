package nl.weerbaarbestuur.ontour.shared;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;

/** Which requests open a page (a Vaadin route) and which route, read from Vaadin's route registry. */
public final class PageRoutes {

    private static final Set<String> NOT_PAGES = Set.of("/VAADIN/", "/api/", "/agenda/", "/actuator/", "/v3/", "/swagger-ui",
            "/HEARTBEAT/", "/error");

    private PageRoutes() {
    }

    /** A browser opening a page: GET or HEAD, not one of Vaadin's own requests, not a file. */
    public static boolean isPageRequest(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        var path = path(request);
        if (NOT_PAGES.stream().anyMatch(path::startsWith)) {
            return false;
        }
        return !path.substring(path.lastIndexOf('/') + 1).contains(".");
    }

    /** The view class of the route at this request's path, if there is one. */
    public static Optional<Class<? extends Component>> target(HttpServletRequest request) {
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(request.getServletContext()));
        var route = path(request).substring(1);
        if (route.endsWith("/")) {
            route = route.substring(0, route.length() - 1);
        }
        try {
            return registry.getNavigationTarget(route);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** A page request for a path no route serves: answered with the "not found" page, also without signing in. */
    public static boolean isUnknownPage(HttpServletRequest request) {
        return isPageRequest(request) && target(request).isEmpty();
    }

    public static String path(HttpServletRequest request) {
        var uri = request.getRequestURI();
        return uri.substring(Math.min(uri.length(), request.getContextPath().length()));
    }
}
