package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The griffie on the day of a session in its province (issue 7): signs in, registers two
 * Statenleden at once with the bulk dialog, sees them in the attendee list, downloads the PDF
 * presentielijst (read back with PDFBox), checks one of them in on the check-in page, and finds
 * only that one in the list filtered on "checked in".
 *
 * <p>The application runs on the real clock here, and check-in opens at midnight of the
 * session's day: the session is planned a little later today.
 */
@BrowserJourney
class GriffieAttendeesJourneyTest {

    private static final String PROVINCE = "UT";

    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired UserAccountService accounts;
    @Autowired Attendees attendeeList;
    @Autowired AttendanceRecords attendance;
    @Autowired Clock clock;

    @Test
    void the_griffie_registers_two_statenleden_in_bulk_prints_the_presentielijst_and_checks_one_in(Page page)
            throws Exception {
        var tag = UUID.randomUUID().toString().substring(0, 6);
        var organiser = SignInAs.withoutAccount(Role.ORGANISER);
        var griffie = SignInAs.as(organiser, () -> accounts.create("griffie-" + tag + "@journey.ontour.nl",
                "Griffie Utrecht " + tag, Role.GRIFFIE, Set.of(PROVINCE)));
        var start = laterToday();
        var title = "Weerbaar vandaag " + tag;
        long session = SignInAs.as(organiser, () -> {
            var tour = tours.create("Journey griffie " + tag, null, LocalDate.now(clock).minusDays(1),
                    LocalDate.now(clock).plusYears(1), "t@test.nl");
            var created = sessions.create(new SessionPlan(tour.getId(), PROVINCE, title, null, null, start,
                    start.plus(Duration.ofHours(2)), venues.optionsFor(PROVINCE).getFirst().getId(),
                    SessionFormat.IN_PERSON, null, 20, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
        var renee = "Renée van 't Hof " + tag;
        var sjoerd = "Sjoerd Bakker " + tag;

        Steps.open(page, "/login", "vaadin-login-form");
        Steps.signIn(page, griffie.account().getEmail(), griffie.initialPassword());

        Steps.open(page, "/griffie/sessie/" + session, "#attendees-grid");
        assertThat(page.locator("#attendees-heading")).hasText(title);
        page.click("#attendee-bulk");
        page.locator("#bulk-text textarea").fill(renee + "; renee." + tag + "@example.nl; Statenlid; D66\n"
                + sjoerd + "; sjoerd." + tag + "@example.nl; Statenlid; CDA");
        Steps.waitForVaadin(page);
        page.click("#bulk-check");
        assertThat(page.locator("#bulk-report")).containsText("2 regels kunnen worden aangemeld");
        page.click("#bulk-save");
        page.waitForSelector("#bulk-dialog", new Page.WaitForSelectorOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.DETACHED));
        Steps.waitForVaadin(page);
        assertThat(page.locator("#attendees-grid")).containsText(renee);
        assertThat(page.locator("#attendees-grid")).containsText(sjoerd);
        assertThat(page.locator("#attendee-count")).containsText("2");
        assertThat(page.locator("#attendees-session")).containsText("2 van 20 plaatsen bezet");
        Steps.screenshot(page, "griffie-attendee-list");

        var download = page.waitForDownload(() -> page.click("#export-pdf"));
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        var text = pdfText(download.createReadStream());
        assertThat(text).contains(title).contains(renee).contains(sjoerd);

        var registered = SignInAs.as(organiser, () -> attendeeList.all(session, AttendeeFilter.all()));
        assertThat(registered).extracting(Attendee::fullName).containsExactlyInAnyOrder(renee, sjoerd);
        assertThat(registered).extracting(Attendee::status).containsOnly(RegistrationStatus.CONFIRMED);
        long reneeId = registered.stream().filter(a -> a.fullName().equals(renee)).findFirst().orElseThrow().registrationId();

        Steps.open(page, "/aanwezigheid/" + session, "#checkin-list");
        assertThat(page.locator("#checkin-counts")).containsText("0 van 2 ingecheckt");
        page.locator("#checkin-search input").fill("renée");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#checkin-list")).not().containsText(sjoerd);
        page.click("#checkin-" + reneeId);
        Steps.waitForVaadin(page);
        assertThat(page.locator("#undo-" + reneeId)).isVisible();
        assertThat(page.locator("[data-registration='" + reneeId + "']")).containsText("Ingecheckt om");
        assertThat(page.locator("#checkin-counts")).containsText("1 van 2 ingecheckt");
        Steps.screenshot(page, "griffie-check-in");

        assertThat(attendance.checkedIn(session)).containsExactly(reneeId);

        Steps.open(page, "/griffie/sessie/" + session, "#attendees-grid");
        page.click("#attendee-status");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Ingecheckt").setExact(true)).click();
        page.keyboard().press("Escape");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#attendee-count")).containsText("1 aanmelding");
        assertThat(page.locator("#attendee-count")).not().containsText("aanmeldingen");
        assertThat(page.locator("#attendees-grid")).containsText("Ingecheckt om");
        // The grid keeps the cells of rows it no longer shows (hidden) in the page: ask it for its size.
        assertThat(((Number) page.locator("#attendees-grid").evaluate("grid => grid.size")).intValue()).isEqualTo(1);
    }

    /**
     * A start later today (Amsterdam), so that check-in is open and publishing (which refuses the
     * past) is allowed. Close to midnight, it waits for the new day rather than plan tomorrow.
     */
    private Instant laterToday() throws InterruptedException {
        while (true) {
            var now = clock.instant();
            var start = now.plus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.MINUTES);
            if (DutchTime.inAmsterdam(start).toLocalDate().equals(DutchTime.inAmsterdam(now).toLocalDate())) {
                return start;
            }
            System.out.println("[journey] less than ten minutes to midnight: waiting for the new day");
            Thread.sleep(Duration.ofSeconds(30));
        }
    }

    private static String pdfText(InputStream in) throws IOException {
        try (in; var document = Loader.loadPDF(in.readAllBytes())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
