package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
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
    @Autowired UserAccountService accounts;

    /**
     * Violations that come from inside Vaadin's own components and that this application cannot
     * fix. Each is one rule on one element, with the reason; none switches a rule off wholesale.
     */
    private static final List<Exclusion> VAADIN_OWN = List.of(
            new Exclusion("region", "vaadin-connection-indicator",
                    "Flow adds it to <body> itself, outside any element of ours; it shows only while the server cannot be reached"),
            new Exclusion("region", "vaadin-dev-tools", "development mode only; production shows no such element"),
            new Exclusion("aria-allowed-attr", "vaadin-select-value-button",
                    "a required vaadin-select puts aria-required on its role=button value button (vaadin/web-components#7337,"
                            + " open); screen readers announce it as required all the same"),
            new Exclusion("empty-table-header", "#attendees-grid",
                    "the grid's selection column: Vaadin leaves its header empty while 'select all' is hidden, as it is for a"
                            + " list loaded in pages; every column of ours in it has a header"));

    /** The public pages scanned at every size below; the signed-in scan leaves them out. */
    private static final Set<String> PUBLIC_PAGES = Set.of("/", "/sessies");

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
     * Every page of the organiser's menu and of the griffie's, read from the menu on the page itself
     * (a new view is scanned without a change here), and the pages behind one session: its editor,
     * its attendee list and its check-in. No serious or critical violation and none of the
     * structure; a screenshot of each to look at.
     */
    @Test
    void every_signed_in_page_has_no_serious_critical_or_structure_violations(Page page) {
        page.setViewportSize(1280, 800);
        var journey = PublicPages.create(tours, sessions, venues, registrations);
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var griffie = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> accounts.create(
                "griffie-scan-" + tag + "@journey.ontour.nl", "Griffie Zuid-Holland " + tag, Role.GRIFFIE, Set.of("ZH")));
        SignInAs.nobody();

        Steps.open(page, "/login", "vaadin-login-form");
        Steps.signIn(page, OrganiserSignInJourneyTest.ORGANISER, OrganiserSignInJourneyTest.ORGANISER_PASSWORD);
        var organiserPages = new ArrayList<>(menu(page));
        assertThat(organiserPages).as("the organiser's menu").contains("/planning", "/griffie", "/beheer/gebruikers");
        organiserPages.addAll(List.of("/planning/sessie/" + journey.sessionId(), "/griffie/sessie/" + journey.sessionId(),
                "/aanwezigheid/" + journey.sessionId()));
        var found = new ArrayList<String>();
        organiserPages.forEach(path -> found.addAll(scanSignedIn(page, path, "organiser")));

        page.context().clearCookies();
        Steps.open(page, "/login", "vaadin-login-form");
        Steps.signIn(page, griffie.account().getEmail(), griffie.initialPassword());
        var griffiePages = new ArrayList<>(menu(page));
        assertThat(griffiePages).as("the griffie's menu").contains("/griffie").doesNotContain("/beheer/gebruikers");
        griffiePages.add("/griffie/sessie/" + journey.sessionId());
        griffiePages.forEach(path -> found.addAll(scanSignedIn(page, path, "griffie")));
        assertTrue(found.isEmpty(), () -> "signed-in pages with serious or critical accessibility violations, or ones of"
                + " their structure:\n" + String.join("\n", found));
    }

    /**
     * The paths of the menu's items on the page now, as absolute paths, less the public pages the
     * other tests here scan at three sizes (the menu links to the home page and the catalogue).
     */
    @SuppressWarnings("unchecked")
    private static List<String> menu(Page page) {
        page.waitForSelector("vaadin-side-nav-item");
        var paths = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path')).filter(p => p)""");
        return paths.stream().map(p -> p.startsWith("/") ? p : "/" + p).distinct()
                .filter(p -> !PUBLIC_PAGES.contains(p)).toList();
    }

    /** What fails on one page, each line naming the page. */
    private static List<String> scanSignedIn(Page page, String path, String who) {
        Steps.open(page, path, "main.ot-main > *");
        Steps.screenshot(page, "signed-in-" + who + path.replaceAll("[^a-z0-9]+", "-"));
        var where = path + " (" + who + ")";
        var found = blocking(where, AxeCore.scan(page)).stream().map(v -> where + ": " + v).toList();
        page.setViewportSize(1280, 800);
        return found;
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
        var blocking = blocking(path, violations);
        assertTrue(blocking.isEmpty(), () -> path + " has serious or critical accessibility violations, or ones of its structure:\n"
                + blocking.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    /** Prints every violation; returns the serious and critical ones and those of the structure, less Vaadin's own. */
    private static List<AxeCore.Violation> blocking(String path, List<AxeCore.Violation> violations) {
        System.out.printf("[axe] %s: %d violation(s)%n", path, violations.size());
        violations.forEach(v -> System.out.println("[axe]   " + v + (isVaadinOwn(v) ? "  (Vaadin's own, excluded)" : "")));
        return violations.stream()
                .filter(v -> v.isSeriousOrCritical() || AxeCore.STRUCTURE.contains(v.rule()))
                .filter(v -> !isVaadinOwn(v))
                .toList();
    }

    private static boolean isVaadinOwn(AxeCore.Violation violation) {
        return VAADIN_OWN.stream().anyMatch(exclusion -> exclusion.covers(violation));
    }
}
