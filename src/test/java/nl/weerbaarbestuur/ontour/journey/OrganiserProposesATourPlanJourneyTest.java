package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.tourplanning.FakeTourPlannerConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * An organiser opens "Tourplan voorstellen" from the menu, lets the planner propose a tour, watches
 * it run, stops it, opens one session's explanation, takes the plan over and sees the map fill,
 * then opens a new draft in the editor. At a phone's, a tablet's and a laptop's width nothing lies
 * outside the window, and axe-core finds no serious or critical violation on the full page.
 *
 * <p>Runs against {@link nl.weerbaarbestuur.ontour.tourplanning.FakeTourPlanner} (the solver's
 * stand-in; it runs until stopped). It asks nothing of the plan that only the fake would give, so
 * with {@code -Dontour.test.fake-planner=false} it runs against the real solver.
 */
@BrowserJourney
@Import(FakeTourPlannerConfiguration.class)
class OrganiserProposesATourPlanJourneyTest {

    private static final String PLACED_CARD = "#proposal-list .tp-card";

    @Autowired
    TourService tours;

    @Test
    void an_organiser_proposes_reads_why_accepts_and_sees_the_map_fill(Page page) {
        var today = LocalDate.now();
        var tourId = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> tours.create("Plan-tour " + UUID.randomUUID(),
                null, today, today.plusMonths(8), "ontour@test.ontour.nl").getId());

        Steps.open(page, "/login", "vaadin-login-form");
        Steps.signIn(page, OrganiserSignInJourneyTest.ORGANISER, OrganiserSignInJourneyTest.ORGANISER_PASSWORD);
        page.waitForURL("**/overzicht");
        page.waitForSelector("#main-nav");
        page.locator("#main-nav vaadin-side-nav-item[path='planning/tourplan']").click();
        page.waitForURL("**/planning/tourplan**");

        Steps.open(page, "/planning/tourplan?tour=" + tourId, "#propose-plan");
        assertThat(page.locator("#province-map a.ot-coverage-planned")).hasCount(0);
        page.click("#propose-plan");
        page.waitForSelector("#run-status[data-state]");
        page.waitForSelector(PLACED_CARD);
        assertThat(page.locator("#province-map a.ot-marked").first()).isAttached();
        var firstProgress = page.locator("#run-progress").textContent();
        if ("SOLVING".equals(page.locator("#run-status").getAttribute("data-state"))) {
            // The browser's poll brings the next reading of the run without a click.
            page.waitForFunction("previous => { const p = document.querySelector('#run-progress'); "
                    + "return p.textContent !== previous || document.querySelector('#run-status').dataset.state !== 'SOLVING'; }",
                    firstProgress);
            Steps.screenshot(page, "tourplan-running");
            if ("SOLVING".equals(page.locator("#run-status").getAttribute("data-state"))) {
                page.click("#stop-run");
            }
        }
        page.waitForSelector("#run-status:not([data-state=SOLVING])");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#plan-score")).not().isEmpty();
        assertThat(page.locator("#stop-run")).isHidden();

        var card = page.locator(PLACED_CARD).first();
        card.locator("vaadin-details-summary").click();
        Steps.waitForVaadin(page);
        var why = card.locator("ul.tp-why li").first();
        assertThat(why).isVisible();
        assertThat(why).not().hasText(Pattern.compile("^\\s*$|^!"));
        assertThat(card.locator("ul.tp-gives-up li").first()).isVisible();
        Steps.screenshot(page, "tourplan-explained");

        for (var width : new int[]{390, 1024, 1280}) {
            page.setViewportSize(width, width == 390 ? 844 : 800);
            Steps.waitForVaadin(page);
            // The app layout turns its drawer into an overlay after a resize (a transition and a round
            // trip): give the layout up to 5 s to settle before judging it.
            var found = Steps.outsideTheWindow(page);
            for (int tries = 0; tries < 20 && !found.isEmpty(); tries++) {
                page.waitForTimeout(250);
                Steps.waitForVaadin(page);
                found = Steps.outsideTheWindow(page);
            }
            var outside = found;
            assertTrue(outside.isEmpty(), () -> "planner at " + width + " px: content outside the window: " + outside);
            Steps.screenshot(page, "tourplan-" + width);
        }
        page.setViewportSize(1280, 860);

        page.click("#accept-all");
        page.click("#accept-confirm");
        assertThat(page.locator("#accept-summary")).containsText("aangemaakt");
        var planned = page.locator("#province-map a.ot-coverage-planned");
        planned.first().waitFor();
        var filled = planned.all().stream().map(a -> a.getAttribute("data-province")).collect(Collectors.joining(","));
        System.out.println("[journey] provinces planned after accepting: " + filled);
        assertThat(page.locator("#accept-links a").first()).hasAttribute("href", Pattern.compile("^planning/sessie/\\d+$"));
        Steps.screenshot(page, "tourplan-accepted");
        var violations = AxeCore.scan(page);
        violations.forEach(v -> System.out.println("[axe]   " + v));
        assertTrue(violations.stream().noneMatch(AxeCore.Violation::isSeriousOrCritical),
                () -> "the planner has serious or critical accessibility violations: " + violations);
        page.setViewportSize(1280, 860);

        page.locator("#accept-links a").first().click();
        page.waitForSelector("#session-status");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#session-status")).containsText("Concept");
    }
}
