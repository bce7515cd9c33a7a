package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;

/**
 * IMAP IDLE against GreenMail (which offers it): with the schedule set to an hour, a decline is
 * read seconds after it arrives, only because the server told the waiting connection. The IMAP
 * server runs for the whole class and starts before the application, so the IDLE connection is up
 * from the start; the context is closed afterwards, so no IDLE thread outlives this class.
 */
@SpringBootTest(properties = {"ontour.replies.imap.host=localhost", "ontour.replies.imap.port=3948",
        "ontour.replies.imap.tls=false", "ontour.replies.imap.user=" + ReplyIdleIntegrationTest.MAILBOX,
        "ontour.replies.imap.password=secret-idle", "ontour.replies.poll-interval=PT1H", "ontour.replies.idle=true",
        "ontour.replies.idle-refresh=PT3S", "ontour.mail.dispatch-interval=PT1H", "ontour.calendar.update-check=PT1H"})
@Import(FixedClockConfiguration.class)
@DirtiesContext
class ReplyIdleIntegrationTest {

    static final String MAILBOX = "idle@ontour.example.nl";

    @RegisterExtension
    static GreenMailExtension imap = new GreenMailExtension(new ServerSetup(3948, null, ServerSetup.PROTOCOL_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, "secret-idle"))
            .withPerMethodLifecycle(false);

    @Autowired ReplyIdle idle;
    @Autowired ReplyMailbox mailbox;
    @Autowired ReplyHealth health;
    @Autowired ParticipantRegistrations registrations;
    @Autowired Attendees attendees;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired JdbcTemplate jdbc;

    @Test
    void a_decline_is_read_as_it_arrives_and_the_connection_survives_its_renewals() throws Exception {
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> idle.mode() == ReplyIdle.Mode.WAITING);
        assertThat(health.health().getDetails()).containsEntry("idle", "WAITING");
        long session = publishedSession();
        long anna = confirmed(session, "anna.idle+" + UUID.randomUUID().toString().substring(0, 5) + "@example.nl");
        long bert = confirmed(session, "bert.idle+" + UUID.randomUUID().toString().substring(0, 5) + "@example.nl");
        awaitInvite(anna);
        awaitInvite(bert);
        Thread.sleep(7_000); // past two renewals of the IDLE: the same connection must still hear of new mail

        deliverDecline(session, anna);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> status(anna) == RegistrationStatus.CANCELLED);
        deliverDecline(session, bert);
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> status(bert) == RegistrationStatus.CANCELLED);

        // The schedule's first poll is an hour away: only the IDLE connection can have started these reads.
        assertThat(mailbox.state().failures()).isZero();
        assertThat(idle.mode()).isEqualTo(ReplyIdle.Mode.WAITING);
    }

    private void deliverDecline(long session, long registrationId) throws Exception {
        var email = attendees.find(registrationId).orElseThrow().email();
        var message = ReplyIntegrationBase.outlookReply(email, ReplySamples.outlook("reg-" + registrationId + "-session-" + session
                + "@ontour", 0, email, "DECLINED"), "<idle-" + registrationId + "@mail.example.nl>");
        imap.getUserManager().getUser(MAILBOX).deliver(message);
    }

    private RegistrationStatus status(long registrationId) {
        return attendees.find(registrationId).orElseThrow().status();
    }

    private void awaitInvite(long registrationId) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject(
                "select count(*) from calendar_invite where registration_id = ?", Integer.class, registrationId) == 1);
    }

    private long publishedSession() {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Idletour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
                    "tour@weerbaarbestuur.nl");
            var start = LocalDateTime.of(2027, 4, 20, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var created = sessions.create(new SessionPlan(tour.getId(), "DR", "Weerbaar in Drenthe", null, null, start,
                    start.plus(Duration.ofMinutes(150)), venues.optionsFor("DR").getFirst().getId(), SessionFormat.IN_PERSON, null,
                    5, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
    }

    private long confirmed(long session, String email) {
        var receipt = registrations.request(session, new ParticipantDetails("Idle Deelnemer", email, ParticipantFunction.STATENLID,
                "DR", null, null, null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());
        return receipt.registrationId();
    }
}
