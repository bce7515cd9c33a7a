package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.planning.DutchHolidays;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An organiser plans a session in Fryslân, publishes it and sees the province change colour on the map. */
@BrowserJourney
class OrganiserPlansASessionJourneyTest {

    @Autowired
    TourService tours;

    @Test
    void an_organiser_plans_and_publishes_a_session_and_the_map_shows_the_province_as_planned(Page page) {
        var today = LocalDate.now();
        var tourId = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> tours.create("Journey-tour " + UUID.randomUUID(),
                null, today, today.plusYears(1), "ontour@test.ontour.nl").getId());
        var date = today.plusWeeks(3).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
        while (DutchHolidays.on(date).isPresent()) {
            date = date.plusWeeks(1);
        }

        Steps.open(page, "/login", "vaadin-login-form");
        Steps.signIn(page, OrganiserSignInJourneyTest.ORGANISER, OrganiserSignInJourneyTest.ORGANISER_PASSWORD);
        page.waitForURL("**/overzicht");

        Steps.open(page, "/planning?tour=" + tourId, "#province-map");
        var friesland = page.locator("#province-map a[data-province=FR]");
        assertThat(friesland).hasClass(Pattern.compile("ot-coverage-none"));
        Steps.screenshot(page, "planning-map-before");

        Steps.open(page, "/planning/sessie/nieuw?tour=" + tourId + "&provincie=FR&datum=" + date, "#session-title");
        page.locator("#session-title input").fill("Weerbaar in Fryslân");
        page.locator("#session-title input").press("Tab");
        Steps.waitForVaadin(page);
        page.click("#session-save");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#session-status")).containsText("Concept");
        Steps.screenshot(page, "planning-session-saved");

        page.click("#session-publish");
        Steps.waitForVaadin(page);
        page.click("#publish-confirm");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#session-status")).containsText("Gepubliceerd");

        Steps.open(page, "/planning?tour=" + tourId, "#province-map");
        assertThat(page.locator("#province-map a[data-province=FR]")).hasClass(Pattern.compile("ot-coverage-planned"));
        assertThat(page.locator("#province-map a[data-province=GR]")).hasClass(Pattern.compile("ot-coverage-none"));
        Steps.screenshot(page, "planning-map-after");
    }
}
