package nl.weerbaarbestuur.ontour.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in ({@code POST /login}) sent from another site: login CSRF, where a page elsewhere
 * signs the victim's browser into the attacker's account. Vaadin's security configurer exempts the
 * login URL from Spring's CSRF token (its login form does not send one), so the origin is checked
 * instead, as OWASP advises ("verifying origin with standard headers", Fetch Metadata): a browser
 * sends {@code Sec-Fetch-Site} and {@code Origin} with every cross-site POST. The request is refused
 * when {@code Sec-Fetch-Site} is anything but {@code same-origin}/{@code none}, or when {@code Origin}
 * differs from this application's own origin (scheme, host and port as the request sees them; behind
 * a proxy, its forwarded headers must be trusted for that). A request without either header (a
 * script, not a browser) passes: it cannot carry a victim's cookies.
 */
class LoginOriginFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(LoginOriginFilter.class);
    private static final Set<String> SAME_SITE_FETCH = Set.of("same-origin", "none");

    private final String loginPath;

    LoginOriginFilter(String loginPath) {
        this.loginPath = loginPath;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return !"POST".equalsIgnoreCase(request.getMethod()) || !path.equals(loginPath);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            log.info("Sign-in from another site refused (login CSRF)");
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean crossSite(HttpServletRequest request) {
        var fetchSite = request.getHeader("Sec-Fetch-Site");
        if (fetchSite != null) {
            // A browser that sends Fetch Metadata says it all. Its Origin cannot be compared: under
            // our Referrer-Policy no-referrer, a same-origin form POST carries "Origin: null".
            return !SAME_SITE_FETCH.contains(fetchSite.strip().toLowerCase(Locale.ROOT));
        }
        var origin = request.getHeader("Origin");
        return origin != null && !origin.strip().equalsIgnoreCase(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        var scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        var host = request.getServerName();
        if (host.contains(":") && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort || port <= 0 ? "" : ":" + port);
    }
}
