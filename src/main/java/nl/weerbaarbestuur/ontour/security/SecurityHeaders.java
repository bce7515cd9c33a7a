package nl.weerbaarbestuur.ontour.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Browser hardening headers on every answer (pages, API, calendar files, errors), set before
 * anything else runs so that even a refusal carries them. Spring Security adds its own on top:
 * {@code X-Frame-Options: DENY} and no caching. HSTS is sent here when the request is secure
 * (directly or through a trusted proxy's {@code X-Forwarded-Proto}), for every path alike.
 *
 * <p>The Content-Security-Policy is as strict as Vaadin 25 allows (see SECURITY.md): the
 * bootstrap page carries inline scripts, the client engine evaluates server-sent JavaScript with
 * {@code new Function} (executeJs, component connectors), and Lumo and the components set inline
 * styles; everything comes from the application's own origin (push uses a same-origin websocket,
 * which {@code 'self'} covers).
 */
@Configuration(proxyBeanMethods = false)
class SecurityHeaders {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "frame-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=(), browsing-topics=()";

    @Bean
    FilterRegistrationBean<HeaderFilter> securityHeadersFilter() {
        var registration = new FilterRegistrationBean<>(new HeaderFilter());
        registration.addUrlPatterns("/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    static final class HeaderFilter extends OncePerRequestFilter {

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            // The token pages (confirmation, manage link, feeds) carry their secret in the URL.
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
            response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
            // Only over HTTPS (directly, or a trusted proxy's X-Forwarded-Proto): browsers ignore it over HTTP anyway.
            if (request.isSecure()) {
                response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
            }
            chain.doFilter(request, response);
        }

        @Override
        protected boolean shouldNotFilterErrorDispatch() {
            return false;
        }
    }
}
