package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public pages meet WCAG 2.1 A and AA as far as axe-core can tell: no serious or critical
 * violation, and none of the page's structure (landmarks, heading order) of any impact. Every
 * violation found, of any impact, is printed for a person to read.
 */
@BrowserJourney
class AccessibilityScanTest {

    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired ParticipantRegistrations registrations;

    /**
     * Violations that come from inside Vaadin's own components and that this application cannot
     * fix. Each is one rule on one element, with the reason; none switches a rule off wholesale.
     */
    private static final List<Exclusion> VAADIN_OWN = List.of(
            new Exclusion("region", "vaadin-connection-indicator",
                    "Flow adds it to <body> itself, outside any element of ours; it shows only while the server cannot be reached"),
            new Exclusion("region", "vaadin-dev-tools", "development mode only; production shows no such element"));

    /**
     * Rules about the page's structure that fail the scan whatever axe's impact (mostly "moderate"):
     * a screen reader user finds their way by landmarks and headings, so every page has one main,
     * puts everything in a landmark, and goes down one heading level at a time.
     */
    private static final Set<String> STRUCTURE = Set.of("landmark-one-main", "region", "heading-order",
            "landmark-no-duplicate-main", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo",
            "landmark-banner-is-top-level", "landmark-main-is-top-level", "landmark-contentinfo-is-top-level",
            "landmark-unique");

    record Exclusion(String rule, String targetContains, String why) {

        boolean covers(AxeCore.Violation violation) {
            return violation.rule().equals(rule) && violation.target().contains(targetContains);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/,             #home-title",
            "/login,        vaadin-login-form input[name=username]",
            "/wachtwoord-vergeten, #reset-email",
            "/privacy,      #privacy-retention",
            "/toegankelijkheid, #a11y-contact",
            "/sessies,      #catalogue"
    })
    void a_public_page_has_no_serious_or_critical_accessibility_violations(String path, String readySelector, Page page) {
        Steps.open(page, path, readySelector);
        assertNoSeriousViolations(path, AxeCore.scan(page));
    }

    /**
     * The not-found page as a visitor meets it: through a broken link inside the application.
     * (Typed into the address bar, an unknown address shows the same page with HTTP 404.)
     */
    @Test
    void the_not_found_page_has_no_serious_or_critical_accessibility_violations(Page page) {
        Steps.open(page, "/", "#home-title");
        page.evaluate("""
                () => {
                  const link = document.createElement('a');
                  link.href = 'bestaat-niet';
                  link.id = 'broken-link';
                  link.textContent = 'kapotte link';
                  document.querySelector('#home-title').after(link);
                }""");
        page.click("#broken-link");
        page.waitForURL("**/bestaat-niet");
        page.waitForSelector("#error-title");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#error-title")).hasText("Pagina niet gevonden");
        assertThat(page.locator(".ot-view-title")).hasText("Pagina niet gevonden");
        assertThat(page).hasTitle("Pagina niet gevonden");
        Steps.screenshot(page, "not-found");
        assertNoSeriousViolations("/bestaat-niet", AxeCore.scan(page));
    }

    /**
     * Every page a participant meets, at a phone's, a tablet's and a laptop's size: a screenshot of
     * each (to look at), nothing of the main content outside the window (no sideways scrolling),
     * and no serious or critical axe violation. The session page is a hybrid one, so the form
     * shows all its fields; the confirmation page is scanned before and after the button.
     */
    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"390, 844", "1024, 768", "1280, 800"})
    void the_participant_pages_fit_the_screen_and_have_no_serious_or_critical_violations(int width, int height, Page page) {
        page.setViewportSize(width, height);
        var size = width + "x" + height;
        var journey = PublicPages.create(tours, sessions, venues, registrations);

        check(page, "/", "#home-title", "public-home-" + size);
        check(page, "/sessies", "#catalogue", "public-catalogue-" + size);
        check(page, "/sessies/" + journey.sessionId(), "#reg-submit", "public-session-" + size);
        // The form with its messages shown (the consent message among them).
        page.click("#reg-submit");
        page.waitForSelector("#reg-consent-error:visible");
        check(page, null, "#reg-submit", "public-session-errors-" + size);
        check(page, "/bevestigen/" + journey.confirmationToken(), "#confirm", "public-confirm-" + size);
        page.click("#confirm");
        page.waitForSelector("#confirm-manage");
        check(page, null, "#confirm-status", "public-confirmed-" + size);
        check(page, "/mijn/" + journey.manageToken(), "#manage-status", "public-manage-" + size);
        check(page, "/toegankelijkheid", "#a11y-contact", "public-accessibility-" + size);
        check(page, "/privacy", "#privacy-retention", "public-privacy-" + size);
        check(page, "/login", "vaadin-login-form input[name=username]", "public-login-" + size);
    }

    private static void check(Page page, String path, String readySelector, String screenshot) {
        if (path != null) {
            Steps.open(page, path, readySelector);
        }
        var where = path == null ? page.url() : path;
        Steps.screenshot(page, screenshot);
        var outside = Steps.outsideTheWindow(page);
        assertTrue(outside.isEmpty(), () -> where + " at " + page.viewportSize().width + " px wide: content outside the window: "
                + outside);
        assertNoSeriousViolations(where + " (" + page.viewportSize().width + " px)", AxeCore.scan(page));
        page.setViewportSize(page.viewportSize().width, screenshotHeight(screenshot));
    }

    /** The window's height as the test set it (the scan makes the window as tall as the page). */
    private static int screenshotHeight(String screenshot) {
        return Integer.parseInt(screenshot.substring(screenshot.lastIndexOf('x') + 1));
    }

    private static void assertNoSeriousViolations(String path, List<AxeCore.Violation> violations) {
        System.out.printf("[axe] %s: %d violation(s)%n", path, violations.size());
        violations.forEach(v -> System.out.println("[axe]   " + v + (isVaadinOwn(v) ? "  (Vaadin's own, excluded)" : "")));

        var blocking = violations.stream()
                .filter(v -> v.isSeriousOrCritical() || STRUCTURE.contains(v.rule()))
                .filter(v -> !isVaadinOwn(v))
                .toList();
        assertTrue(blocking.isEmpty(), () -> path + " has serious or critical accessibility violations, or ones of its structure:\n"
                + blocking.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    private static boolean isVaadinOwn(AxeCore.Violation violation) {
        return VAADIN_OWN.stream().anyMatch(exclusion -> exclusion.covers(violation));
    }
}
