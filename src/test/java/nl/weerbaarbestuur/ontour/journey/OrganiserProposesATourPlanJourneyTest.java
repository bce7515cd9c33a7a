package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.tourplanning.DemoTourFixture;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInputs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * An organiser opens "Tourplan voorstellen" from the menu, lets the planner propose a whole tour,
 * watches it run, opens one session's explanation, takes the plan over and sees the map fill, then
 * opens a new draft in the editor. At a phone's, a tablet's and a laptop's width nothing lies outside
 * the window, and axe-core finds no serious or critical violation on the full page.
 *
 * <p>Against the real planner (Timefold Solver), on a tour shaped like the demo tour (a month ago to
 * ten months ahead) with the demo's planner input: four griffies' answers, two trainers' days off and
 * weekly maximum, the school holidays. The test settings fix the solver's seed and end a run after a
 * fixed number of moves ({@code ontour.tourplanner.*} in the test {@code application.properties}),
 * and the planner sees only this journey's two trainers (the test database holds those of every other
 * test too), so the plan is the same on every run of a day.
 */
@BrowserJourney
@Import(OrganiserProposesATourPlanJourneyTest.OwnTrainersOnly.class)
class OrganiserProposesATourPlanJourneyTest {

    private static final String PLACED_CARD = "#proposal-list .tp-card";
    private static volatile String trainerPrefix = "-";

    /** The real input, with only the trainers of this journey. */
    @TestConfiguration(proxyBeanMethods = false)
    static class OwnTrainersOnly {
        @Bean
        @Primary
        PlanningInputs journeyTrainersOnly(@Qualifier("planningInputReader") PlanningInputs reader) {
            return tourId -> {
                var input = reader.forTour(tourId);
                return new PlanningInput(input.tourId(), input.tourName(), input.firstDay(), input.lastDay(), input.slotShapes(),
                        input.provinces(), input.trainers().stream().filter(t -> t.name().startsWith(trainerPrefix)).toList(),
                        input.schoolHolidays(), input.holidays(), input.plannedSessions());
            };
        }
    }

    @Autowired
    TourService tours;

    @Autowired
    TrainerService trainers;

    @Autowired
    ApplicationContext context;

    /** A tour shaped like the demo tour, with the demo's input and two trainers of its own. */
    private long demoShapedTour() {
        var today = LocalDate.now();
        var tag = UUID.randomUUID().toString().substring(0, 8);
        trainerPrefix = "Journey " + tag;
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tourId = tours.create("Plan-tour " + tag, null, today.minusMonths(1), today.plusMonths(10),
                    "ontour@test.ontour.nl").getId();
            var trainer = "trainer." + tag + "@test.ontour.nl";
            var colleague = "spreker." + tag + "@test.ontour.nl";
            trainers.create(trainerPrefix + " Tim", trainer, null);
            trainers.create(trainerPrefix + " Sara", colleague, null);
            DemoTourFixture.giveDemoInput(context, tourId, trainer, colleague);
            return tourId;
        });
    }

    @Test
    void an_organiser_proposes_reads_why_accepts_and_sees_the_map_fill(Page page) {
        var tourId = demoShapedTour();

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
        }
        // The run ends by itself (its move limit), not by the stop button: a stopped run would end
        // wherever the machine happened to be, and the plan would differ from run to run.
        page.waitForSelector("#run-status:not([data-state=SOLVING])", new Page.WaitForSelectorOptions().setTimeout(120_000));
        assertThat(page.locator("#run-status")).hasAttribute("data-state", "DONE");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#plan-score")).not().isEmpty();
        assertThat(page.locator("#stop-run")).isHidden();
        // The solver's own result: every hard rule met, and one new session for each of the twelve provinces.
        assertThat(page.locator("#plan-score")).hasAttribute("data-feasible", "true");
        assertThat(page.locator("#plan-score")).containsText("Alle harde regels gehaald");
        assertThat(page.locator(PLACED_CARD)).hasCount(12);
        System.out.println("[journey] plan: " + page.locator("#plan-score").textContent());

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
        assertEquals(12, filled.split(",").length, () -> "every province planned after accepting: " + filled);
        assertThat(page.locator("#accept-links a")).hasCount(12);
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
