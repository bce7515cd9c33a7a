package nl.weerbaarbestuur.ontour.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.browserless.mocks.MockResponse;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponseWrapper;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import nl.weerbaarbestuur.ontour.shared.LanguagePreference;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Dutch first, whatever the server's own language; one click switches to English and back. */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class LanguageSwitchTest extends SpringBrowserlessTest {

    private static Locale jvmLocale;

    @BeforeAll
    static void runTheServerInEnglish() {
        // Before the UI is made, so that a fallback to the JVM's language would show.
        jvmLocale = Locale.getDefault();
        Locale.setDefault(Locale.UK);
    }

    @AfterAll
    static void restoreJvmLocale() {
        Locale.setDefault(jvmLocale);
    }

    private Button switchButton() {
        return find(Button.class).withId("switch-language").single();
    }

    private String homeTitle() {
        return find(H2.class).withId("home-title").single().getText();
    }

    @Test
    void the_site_starts_in_dutch_on_an_english_server() {
        assertThat(Locale.getDefault()).isEqualTo(Locale.UK);
        assertThat(VaadinService.getCurrentRequest().getLocale().getLanguage()).as("the browser asks for English").isEqualTo("en");

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
        assertThat(homeTitle()).isEqualTo("Samen weerbaar in de Staten");
        assertThat(switchButton().getText()).isEqualTo("English");
        assertThat(find(Anchor.class).withId("sign-in").single().getText()).isEqualTo("Inloggen");
    }

    /**
     * Clicks the switch and then does what the browser does: keep the cookie from the response and
     * send it with the page reload that the switch asks for.
     */
    private Cookie switchLanguage() {
        test(switchButton()).click();
        // The mock response keeps every cookie of the test; like a browser, the last one counts.
        var cookie = unwrap(VaadinService.getCurrentResponse(), MockResponse.class).getCookies().stream()
                .filter(c -> c.getName().equals(LanguagePreference.COOKIE))
                .reduce((first, second) -> second).orElseThrow(() -> new AssertionError("no language cookie set"));
        var request = unwrap(VaadinService.getCurrentRequest(), MockRequest.class);
        var others = request.getCookies() == null ? new Cookie[0] : Arrays.stream(request.getCookies())
                .filter(c -> !c.getName().equals(cookie.getName())).toArray(Cookie[]::new);
        request.setCookiesInt(others);
        request.addCookie(cookie);
        UI.getCurrent().getPage().reload();
        return cookie;
    }

    private static <T> T unwrap(Object wrapped, Class<T> type) {
        Object current = switch (wrapped) {
            case VaadinServletRequest r -> r.getHttpServletRequest();
            case VaadinServletResponse r -> r.getHttpServletResponse();
            default -> wrapped;
        };
        while (!type.isInstance(current)) {
            current = switch (current) {
                case ServletRequestWrapper w -> w.getRequest();
                case ServletResponseWrapper w -> w.getResponse();
                default -> throw new IllegalStateException("no " + type.getSimpleName() + " behind " + wrapped);
            };
        }
        return type.cast(current);
    }

    @Test
    void the_switch_remembers_the_choice_in_a_cookie_for_a_year() {
        var cookie = switchLanguage();

        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.getMaxAge()).isEqualTo(365 * 24 * 3600);
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @Test
    void the_switch_turns_the_site_english() {
        switchLanguage();

        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("en");
        assertThat(homeTitle()).isEqualTo("Resilient together in the Provincial Councils");
        assertThat(switchButton().getText()).isEqualTo("Nederlands");
        assertThat(find(Anchor.class).withId("sign-in").single().getText()).isEqualTo("Sign in");
    }

    @Test
    void the_switch_turns_an_english_site_back_to_dutch() {
        switchLanguage();
        assertThat(homeTitle()).isEqualTo("Resilient together in the Provincial Councils");

        var cookie = switchLanguage();

        assertThat(cookie.getValue()).isEqualTo("nl");
        assertThat(UI.getCurrent().getLocale().getLanguage()).isEqualTo("nl");
        assertThat(homeTitle()).isEqualTo("Samen weerbaar in de Staten");
    }
}
