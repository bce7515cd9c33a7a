package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.privacy.ErasureService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The mail that confirms an erasure, through a real SMTP server (GreenMail): it holds no link that still works. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3931",
        "ontour.mail.dispatch-interval=PT1H", "ontour.base-url=https://ontour.example.nl"})
@Import(FixedClockConfiguration.class)
class ErasureConfirmationMailTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3931, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired ErasureService erasure;
    @Autowired ParticipantRegistrations registrations;
    @Autowired RegistrationAdministration administration;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired MailDispatcher dispatcher;

    /** Delivers what is due, as the dispatcher's schedule would (its interval is an hour in this test). */
    private void deliver() {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null", Integer.class) == 0);
        while (dispatcher.dispatchDue("erasure-test") > 0) {
            // a batch at a time
        }
    }

    @Test
    void the_erasure_confirmation_holds_no_working_link_and_the_old_links_show_nothing() throws Exception {
        clock.set(FixedClockConfiguration.NOW);
        var support = new AttendanceTestSupport(tours, sessions, venues, trainers, administration);
        long session = support.session(support.tour(), "UT", AttendanceTestSupport.SESSION_DAY, 10, null);
        var person = AttendanceTestSupport.person(AttendanceTestSupport.unique("Greet Green"), "UT", ParticipantFunction.STATENLID);
        var receipt = registrations.request(session, person, true);
        registrations.confirm(receipt.confirmationToken());
        deliver();
        smtp.reset();

        erasure.eraseByManageToken(receipt.manageToken());
        deliver();

        var received = smtp.getReceivedMessages();
        assertThat(received).as("only the confirmation; no calendar CANCEL to an anonymised address").hasSize(1);
        var mail = received[0];
        assertThat(GreenMailUtil.getAddressList(mail.getAllRecipients())).isEqualTo(person.email());
        assertThat(mail.getSubject()).contains("verwijderd");
        var body = GreenMailUtil.getBody(mail);
        assertThat(body).contains("1 aanmelding");
        assertThat(body).doesNotContain(receipt.manageToken()).doesNotContain(receipt.confirmationToken())
                .doesNotContain("/mijn/").doesNotContain("/bevestigen/").doesNotContain("https://ontour.example.nl");

        assertThatThrownBy(() -> registrations.byManageToken(receipt.manageToken()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "registration.error.token-unknown");
        assertThatThrownBy(() -> registrations.confirm(receipt.confirmationToken()))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "registration.error.token-unknown");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and message_type <> 'ERASURE_CONFIRMED'",
                Integer.class, person.email())).as("the earlier mails lost their recipient").isZero();
    }
}
