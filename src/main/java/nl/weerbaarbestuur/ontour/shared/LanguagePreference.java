package nl.weerbaarbestuur.ontour.shared;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Dutch first: every new UI starts in Dutch unless the visitor chose English before (remembered
 * in a cookie, not in an account, since participants have none). The page's {@code lang}
 * attribute follows the same choice.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    public static final String COOKIE = "ontour-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            var locale = fromRequest(VaadinRequest.getCurrent());
            ui.getUI().setLocale(locale);
            ui.getUI().getSession().setLocale(locale);
        });
        // The page says which language it is in (WCAG 3.1.1), so screen readers pronounce it right.
        event.addIndexHtmlRequestListener(response -> response.getDocument().getElementsByTag("html")
                .attr("lang", fromRequest(response.getVaadinRequest()).getLanguage()));
    }

    static Locale fromRequest(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return DutchTime.DUTCH;
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .map(value -> "en".equals(value) ? DutchTime.ENGLISH : DutchTime.DUTCH)
                .orElse(DutchTime.DUTCH);
    }

    public static Cookie cookieFor(Locale locale) {
        var cookie = new Cookie(COOKIE, "en".equals(locale.getLanguage()) ? "en" : "nl");
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        return cookie;
    }

    public static Locale other(Locale current) {
        return current != null && "en".equals(current.getLanguage()) ? DutchTime.DUTCH : DutchTime.ENGLISH;
    }
}
