package nl.weerbaarbestuur.ontour.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import nl.weerbaarbestuur.ontour.shared.ProblemJson;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses paths with {@code ;}, {@code %2e}, {@code %25}, an encoded
 * line break or {@code //}. Left alone that becomes a 500 forwarded to /error (a redirect to the
 * sign-in page). Here: 400, as a Dutch problem for the API and a short Dutch page elsewhere.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    private static final Logger log = LoggerFactory.getLogger(RejectedRequests.class);

    @Bean
    RequestRejectedHandler requestRejectedHandler(Translations translations) {
        return (request, response, e) -> {
            // The path may carry anything: log the method and the reason only.
            log.debug("Request refused by the firewall: {} ({})", request.getMethod(), e.getMessage());
            if (response.isCommitted()) {
                return;
            }
            response.resetBuffer();
            if (isApi(request)) {
                ProblemJson.write(response, 400, translations.dutch("api.error.rejected.title"),
                        translations.dutch("api.error.rejected.detail"), null);
            } else {
                page(response, translations.dutch("api.error.rejected.title"), translations.dutch("error.not-found.text"),
                        translations.dutch("error.to-home"));
            }
        };
    }

    static boolean isApi(HttpServletRequest request) {
        var uri = request.getRequestURI();
        var path = uri == null ? "" : uri.substring(Math.min(uri.length(), request.getContextPath().length()));
        return path.startsWith("/api/") || path.startsWith("//api/") || path.equals("/api");
    }

    /** A minimal page in the application's language; no user input is echoed. */
    static void page(HttpServletResponse response, String title, String text, String home) throws IOException {
        var html = "<!DOCTYPE html><html lang=\"nl\"><head><meta charset=\"UTF-8\"><title>" + title + "</title></head>"
                + "<body><main><h1>" + title + "</h1><p>" + text + "</p><p><a href=\"/\">" + home + "</a></p></main></body></html>";
        response.setStatus(400);
        response.setContentType("text/html;charset=UTF-8");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
        response.flushBuffer();
    }
}
