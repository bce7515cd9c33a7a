package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@BrowserJourney
class OrganiserSignInJourneyTest {

    static final String ORGANISER = "admin@test.ontour.nl";
    static final String ORGANISER_PASSWORD = "Test-admin-password-1";

    @Test
    void an_organiser_goes_from_the_public_page_through_the_sign_in_form_to_the_overview(Page page) {
        Steps.open(page, "/", "#home-title");
        assertThat(page.locator("#home-title")).hasText("Samen weerbaar in de Staten");
        Steps.screenshot(page, "public-home");

        page.click("#sign-in");
        page.waitForURL("**/login");
        Steps.signIn(page, ORGANISER, ORGANISER_PASSWORD);

        page.waitForURL("**/overzicht");
        page.waitForSelector("#main-nav");
        Steps.waitForVaadin(page);
        var nav = page.locator("#main-nav");
        assertThat(nav).containsText("Overzicht");
        assertThat(nav).containsText("Gebruikers");
        assertThat(page.locator("#greeting")).hasText(Pattern.compile("Welkom, .+"));
        assertThat(page.locator("#sign-out")).isVisible();
        Steps.screenshot(page, "organiser-overview");
    }
}
