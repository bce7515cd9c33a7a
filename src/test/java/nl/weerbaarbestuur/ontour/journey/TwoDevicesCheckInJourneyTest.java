package nl.weerbaarbestuur.ontour.journey;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import java.time.Duration;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two tablets at one door: both show the check-in page of a session that starts now; a tap on the
 * first appears on the second without reloading (Vaadin push over the real network).
 */
@BrowserJourney
class TwoDevicesCheckInJourneyTest {

    @Autowired ApplicationContext context;
    @Autowired RegistrationAdministration registrations;

    @Test
    void a_check_in_on_one_tablet_appears_on_the_other_by_push(Page first) {
        var fixture = new PlanningFixture(context);
        var session = fixture.publishedSession("UT", PlanningFixture.uniqueTitle("Deur"), Duration.ZERO);
        long anna = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(session.getId(),
                new ParticipantDetails("Anna Tablet", "anna.tablet." + session.getId() + "@example.nl",
                        ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl")).registrationId());
        var browser = first.context().browser();
        var secondContext = browser.newContext(new Browser.NewContextOptions()
                .setBaseURL(baseUrlOf(first)).setViewportSize(1024, 768).setLocale("nl-NL"));
        secondContext.setDefaultTimeout(20_000);
        try {
            var second = secondContext.newPage();
            for (var page : new Page[]{first, second}) {
                Steps.open(page, "/login", "vaadin-login-form");
                Steps.signIn(page, OrganiserSignInJourneyTest.ORGANISER, OrganiserSignInJourneyTest.ORGANISER_PASSWORD);
                Steps.open(page, "/aanwezigheid/" + session.getId(), "#checkin-counts");
                assertThat(page.locator("#checkin-counts")).hasText(Pattern.compile("^0 van 1 ingecheckt.*"));
            }

            first.click("#checkin-" + anna);

            assertThat(first.locator("#undo-" + anna)).isVisible();
            assertThat(second.locator("#undo-" + anna)).isVisible();
            assertThat(second.locator("#checkin-counts")).hasText(Pattern.compile("^1 van 1 ingecheckt.*"));
            Steps.screenshot(second, "check-in-second-tablet");
        } finally {
            secondContext.close();
        }
    }

    /** The first page's context knows the application's address; the second context gets the same. */
    private String baseUrlOf(Page page) {
        return "http://localhost:" + context.getEnvironment().getProperty("local.server.port");
    }
}
