package nl.weerbaarbestuur.ontour.shared.ui;

import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import nl.weerbaarbestuur.ontour.shared.PageRoutes;
import nl.weerbaarbestuur.ontour.shared.PageStatus;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a page's document request the status its view will show: 404 for a path no route serves
 * or that a module knows to be missing ({@link PageStatus}), 403 for a signed-in user without
 * access to the route. The body stays Vaadin's, which then renders the friendly
 * {@link NotFoundView} or {@link AccessDeniedView}. Runs after Spring Security (which has sent
 * anonymous visitors of protected pages to the sign-in page already).
 */
@Configuration(proxyBeanMethods = false)
class DocumentStatus {

    @Bean
    FilterRegistrationBean<StatusFilter> documentStatusFilter(ObjectProvider<PageStatus> statuses) {
        var registration = new FilterRegistrationBean<>(new StatusFilter(statuses.orderedStream().toList()));
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.LOWEST_PRECEDENCE - 10);
        return registration;
    }

    static final class StatusFilter extends OncePerRequestFilter {

        private final List<PageStatus> statuses;
        private final AccessAnnotationChecker access = new AccessAnnotationChecker();

        StatusFilter(List<PageStatus> statuses) {
            this.statuses = statuses;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            int status = PageRoutes.isPageRequest(request) ? statusOf(request) : 200;
            chain.doFilter(request, status == 200 ? response : new FixedStatus(response, status));
        }

        private int statusOf(HttpServletRequest request) {
            var target = PageRoutes.target(request);
            if (target.isEmpty()) {
                return 404;
            }
            if (request.getUserPrincipal() != null && !access.hasAccess(target.get(), request)) {
                return 403;
            }
            var path = PageRoutes.path(request);
            for (var status : statuses) {
                var known = status.statusFor(path);
                if (known.isPresent()) {
                    return known.getAsInt();
                }
            }
            return 200;
        }
    }

    /** Keeps the status chosen here when Vaadin writes its bootstrap page as 200. */
    private static final class FixedStatus extends HttpServletResponseWrapper {

        private final int status;

        FixedStatus(HttpServletResponse response, int status) {
            super(response);
            this.status = status;
            response.setStatus(status);
        }

        @Override
        public void setStatus(int sc) {
            super.setStatus(sc == 200 ? status : sc);
        }
    }
}
