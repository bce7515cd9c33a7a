package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The public pages meet WCAG 2.1 A and AA as far as axe-core can tell: no serious or critical
 * violation. Every violation found, of any impact, is printed for a person to read.
 */
@BrowserJourney
class AccessibilityScanTest {

    /**
     * Violations that come from inside Vaadin's own components and that this application cannot
     * fix. Each is one rule on one element, with the reason; none switches a rule off wholesale.
     */
    private static final List<Exclusion> VAADIN_OWN = List.of();

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
            "/privacy,      #privacy-retention"
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

    private static void assertNoSeriousViolations(String path, List<AxeCore.Violation> violations) {
        System.out.printf("[axe] %s: %d violation(s)%n", path, violations.size());
        violations.forEach(v -> System.out.println("[axe]   " + v + (isVaadinOwn(v) ? "  (Vaadin's own, excluded)" : "")));

        var blocking = violations.stream()
                .filter(AxeCore.Violation::isSeriousOrCritical)
                .filter(v -> !isVaadinOwn(v))
                .toList();
        assertTrue(blocking.isEmpty(), () -> path + " has serious or critical accessibility violations:\n"
                + blocking.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    private static boolean isVaadinOwn(AxeCore.Violation violation) {
        return VAADIN_OWN.stream().anyMatch(exclusion -> exclusion.covers(violation));
    }
}
