package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

@BrowserJourney
class LanguageSwitchJourneyTest {

    @Test
    void a_visitor_switches_the_public_page_to_english_and_the_choice_survives_a_reload(Page page) {
        Steps.open(page, "/", "#home-title");
        assertThat(page.locator("#home-title")).hasText("Samen weerbaar in de Staten");
        assertThat(page.locator("html")).hasAttribute("lang", "nl");
        assertThat(page.locator("#switch-language")).hasText("English");

        long started = System.nanoTime();
        page.click("#switch-language");
        assertThat(page.locator("#home-title")).hasText("Resilient together in the Provincial Councils");
        Steps.waitForVaadin(page);
        Timing.log("switch to English and reload", System.nanoTime() - started);
        assertThat(page.locator("html")).hasAttribute("lang", "en");
        assertThat(page.locator("#switch-language")).hasText("Nederlands");
        assertThat(page.locator("#sign-in")).hasText("Sign in");

        var cookie = page.context().cookies().stream()
                .filter(c -> "ontour-lang".equals(c.name)).findFirst()
                .orElseThrow(() -> new AssertionError("no ontour-lang cookie after switching the language"));
        assertEquals("en", cookie.value);
        assertEquals("/", cookie.path);

        Steps.open(page, "/", "#home-title");
        assertThat(page.locator("#home-title")).hasText("Resilient together in the Provincial Councils");
        page.reload();
        page.waitForSelector("#home-title");
        assertThat(page.locator("#home-title")).hasText("Resilient together in the Provincial Councils");
        Steps.screenshot(page, "public-home-english");
    }
}
