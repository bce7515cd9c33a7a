package nl.weerbaarbestuur.ontour.security;

import com.vaadin.flow.spring.security.VaadinSavedRequestAwareAuthenticationSuccessHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;

/**
 * Where staff land after signing in, unless they were on their way to another page: a griffie on
 * its own start page (its people and sessions), organisers and trainers on the overview, which
 * lists what needs doing and a trainer's own sessions.
 */
class RoleLanding extends VaadinSavedRequestAwareAuthenticationSuccessHandler {

    static final String OVERVIEW = "/overzicht";
    static final String GRIFFIE = "/griffie";

    RoleLanding() {
        setDefaultTargetUrl(OVERVIEW);
    }

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) {
        var target = super.determineTargetUrl(request, response, authentication);
        boolean griffie = authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> Role.GRIFFIE.authority().equals(a.getAuthority()));
        return griffie && OVERVIEW.equals(target) ? GRIFFIE : target;
    }
}
