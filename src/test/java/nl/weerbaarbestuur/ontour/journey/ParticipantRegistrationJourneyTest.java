package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two participants want the last seat: both register on the session page, read the mail in a real
 * SMTP server, confirm with the button; the first gets the seat, the second the waitlist. The
 * first cancels through the manage link from the mail, and the second is promoted and told so.
 */
@BrowserJourney
class ParticipantRegistrationJourneyTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(BrowserJourney.SMTP_PORT, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired ApplicationContext context;

    private static final Pattern CONFIRM = Pattern.compile("/bevestigen/([A-Za-z0-9_-]+)");
    private static final Pattern MANAGE = Pattern.compile("/mijn/([A-Za-z0-9_-]+)");

    @Test
    void register_confirm_from_the_mail_cancel_and_the_waitlisted_participant_is_promoted(Page page) throws Exception {
        var start = LocalDate.now().plusDays(40).atTime(LocalTime.of(19, 0)).atZone(DutchTime.ZONE).toInstant();
        long session = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Journey registratie " + UUID.randomUUID(), null, LocalDate.now(), LocalDate.now().plusYears(1), "t@test.nl");
            var created = sessions.create(new SessionPlan(tour.getId(), "ZH", "Weerbaar in Zuid-Holland", null,
                    "Een avond over agressie en intimidatie.", start, start.plus(Duration.ofMinutes(150)),
                    venues.optionsFor("ZH").getFirst().getId(), SessionFormat.IN_PERSON, null, 1, Audience.BOTH, Set.of(),
                    null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
        var anna = "anna-" + UUID.randomUUID().toString().substring(0, 6) + "@example.nl";
        var bram = "bram-" + UUID.randomUUID().toString().substring(0, 6) + "@example.nl";

        register(page, session, "Anna Zuid", anna);
        Steps.screenshot(page, "registration-check-email");
        register(page, session, "Bram Holland", bram);
        dispatch();

        var annaMail = body(mailTo(anna));
        var bramMail = body(mailTo(bram));
        confirm(page, token(CONFIRM, annaMail), "bevestigd");
        confirm(page, token(CONFIRM, bramMail), "wachtlijst");

        Steps.open(page, "/mijn/" + token(MANAGE, annaMail), "#manage-status");
        assertThat(page.locator("#manage-status")).containsText("bevestigd");
        page.click("#manage-cancel");
        // The safe choice has the focus: Enter keeps the seat.
        assertThat(page.locator("#manage-cancel-keep")).isFocused();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ja, annuleren")).click();
        Steps.waitForVaadin(page);
        assertThat(page.locator("#manage-status")).containsText("geannuleerd");

        Steps.open(page, "/mijn/" + token(MANAGE, bramMail), "#manage-status");
        assertThat(page.locator("#manage-status")).containsText("bevestigd");
        Steps.screenshot(page, "registration-promoted");
        // The calendar module mails the promotion (with the invite) after commit, asynchronously.
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).ignoreExceptions().until(() -> {
            dispatch();
            return mailTo(bram, "Er is een plaats voor u") != null;
        });
    }

    private void register(Page page, long session, String name, String email) {
        Steps.open(page, "/sessies/" + session, "#reg-submit");
        page.locator("#reg-name input").fill(name);
        page.locator("#reg-email input").fill(email);
        page.click("#reg-function");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Statenlid").setExact(true)).click();
        page.locator("#reg-consent input").check();
        Steps.waitForVaadin(page);
        page.click("#reg-submit");
        page.waitForSelector("#check-email");
        assertThat(page.locator("#check-email")).containsText(email);
    }

    private void confirm(Page page, String token, String expected) {
        Steps.open(page, "/bevestigen/" + token, "#confirm");
        page.click("#confirm");
        page.waitForSelector("#confirm-result p");
        assertThat(page.locator("#confirm-result")).containsText(expected);
    }

    /** Delivers the outbox now (the scheduled dispatcher polls only once an hour in journeys). */
    private void dispatch() throws Exception {
        var dispatcher = context.getBean(Class.forName("nl.weerbaarbestuur.ontour.notification.MailDispatcher"));
        var method = dispatcher.getClass().getDeclaredMethod("dispatchDue", String.class);
        method.setAccessible(true);
        method.invoke(dispatcher, "journey");
    }

    private static MimeMessage mailTo(String address) throws Exception {
        return mailTo(address, "");
    }

    private static MimeMessage mailTo(String address, String subjectStart) throws Exception {
        for (var message : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(message.getAllRecipients()).contains(address)
                    && message.getSubject().startsWith(subjectStart)) {
                return message;
            }
        }
        throw new AssertionError("no mail to " + address + " starting with '" + subjectStart + "'");
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message).replace("=\r\n", "").replace("=3D", "=");
    }

    private static String token(Pattern pattern, String body) {
        var matcher = pattern.matcher(body);
        assertThat(matcher.find()).as(body).isTrue();
        return matcher.group(1);
    }
}
