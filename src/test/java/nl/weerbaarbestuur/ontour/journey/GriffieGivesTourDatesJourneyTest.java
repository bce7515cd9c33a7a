package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.TourDates;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13, the input from the people who know: a griffie signs in, opens "Datums voor de tour",
 * types two dates that do not suit (each with a reason), prefers the evening on Tuesdays and
 * saves; the organiser then sees the province as answered in "Tourplanning: wensen".
 */
@BrowserJourney
class GriffieGivesTourDatesJourneyTest {

    private static final DateTimeFormatter DUTCH = DateTimeFormatter.ofPattern("d-M-yyyy");

    @Autowired TourService tours;
    @Autowired UserAccountService accounts;
    @Autowired TourDates tourDates;
    @Autowired Clock clock;

    @Test
    void a_griffie_gives_two_dates_and_a_preference_and_the_organiser_sees_the_province_answered(Page page) {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var organiser = SignInAs.withoutAccount(Role.ORGANISER);
        var today = LocalDate.now(clock);
        long tourId = SignInAs.as(organiser, () -> tours.create("Journey tourplanning " + tag, null, today,
                today.plusYears(1), "ontour@test.ontour.nl").getId());
        var griffie = SignInAs.as(organiser, () -> accounts.create("griffie-ov-" + tag + "@journey.ontour.nl",
                "Griffie Overijssel " + tag, Role.GRIFFIE, Set.of("OV")));
        var statenvergadering = today.plusWeeks(5).with(DayOfWeek.WEDNESDAY);
        var commissiedag = today.plusWeeks(7).with(DayOfWeek.MONDAY);

        Steps.open(page, "/login", "vaadin-login-form");
        Steps.signIn(page, griffie.account().getEmail(), griffie.initialPassword());
        Steps.open(page, "/tourplanning/datums?tour=" + tourId, "#dates-pick");
        assertThat(page.locator("#dates-heading")).hasText("Datums voor de tour in Overijssel");
        assertThat(page.locator("#dates-status")).hasAttribute("data-answered", "false");

        add(page, statenvergadering, "Statenvergadering");
        add(page, commissiedag, "Commissiedag");
        assertThat(page.locator("#dates-count")).containsText("2 datums passen niet");
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Avond")).check();
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("dinsdag")).check();
        Steps.waitForVaadin(page);
        Steps.screenshot(page, "griffie-tour-dates");
        page.click("#dates-save");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#dates-status")).hasAttribute("data-answered", "true");
        assertThat(page.locator("vaadin-notification-card")).containsText("Doorgegeven: 2 datums passen niet.");

        var stored = SignInAs.as(organiser, () -> tourDates.form(tourId, "OV"));
        assertThat(stored.dates()).containsExactly(new TourDates.UnsuitableDate(statenvergadering, "Statenvergadering"),
                new TourDates.UnsuitableDate(commissiedag, "Commissiedag"));
        assertThat(stored.partOfDay()).isEqualTo(PartOfDay.EVENING);
        assertThat(stored.weekdays()).containsExactly(DayOfWeek.TUESDAY);

        page.click("#sign-out");
        page.waitForURL(url -> !url.contains("/tourplanning/"));
        page.waitForLoadState();
        Steps.open(page, "/login", "vaadin-login-form");
        Steps.signIn(page, OrganiserSignInJourneyTest.ORGANISER, OrganiserSignInJourneyTest.ORGANISER_PASSWORD);
        Steps.open(page, "/tourplanning/wensen?tour=" + tourId, "#wishes-grid");
        assertThat(page.locator("#wishes-answered-OV")).hasAttribute("data-answered", "true");
        assertThat(page.locator("#wishes-answered-OV")).containsText("Ja, op");
        assertThat(page.locator("#wishes-answered-UT")).hasText("Nog niet");
        assertThat(page.locator("#wishes-summary")).containsText("Doorgegeven: 1 van de 12 provincies");
        Steps.screenshot(page, "organiser-tour-wishes");
    }

    /** Types a date and a reason as a person would, and adds it. */
    private static void add(Page page, LocalDate date, String reason) {
        var picker = page.locator("#dates-pick input");
        picker.fill(date.format(DUTCH));
        picker.press("Enter");
        var combo = page.locator("#dates-reason input");
        combo.fill(reason);
        combo.press("Tab");
        Steps.waitForVaadin(page);
        page.click("#dates-add");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#dates-grid")).containsText(reason);
    }
}
