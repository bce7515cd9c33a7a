package nl.weerbaarbestuur.ontour.notification;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DataEncryption;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail bodies at rest: what the database holds reveals no personal link or token (read raw, past
 * the entity), and the mails still go out exactly once with their links intact. Rows stored in
 * clear before encryption still go out and are encrypted at start-up; a row under another key is
 * never sent, and the start-up check refuses to run with the wrong key.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3967",
        "ontour.mail.dispatch-interval=PT1H", "ontour.base-url=https://ontour.example.nl"})
@Import(FixedClockConfiguration.class)
class OutboxEncryptionTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3967, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired MailOutbox outbox;
    @Autowired MailDispatcher dispatcher;
    @Autowired OutboxEncryption outboxEncryption;
    @Autowired ParticipantRegistrations registrations;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void now() {
        clock.set(FixedClockConfiguration.NOW);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and LISTENER_ID like '%.calendar.%'",
                Integer.class) == 0);
        // All that is due, not one batch: the outbox of a test database that outlives the run (or
        // that the browser journeys filled on the real clock, due long before this clock's "now")
        // may hold more than a batch, and it goes out first, ahead of this test's own mail.
        dispatcher.drain("cleanup");
        smtp.reset();
    }

    private List<MimeMessage> to(String recipient) {
        return java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return GreenMailUtil.getAddressList(m.getAllRecipients()).equals(recipient);
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private static String whole(MimeMessage mail) {
        return GreenMailUtil.getWholeMessage(mail).replace("=\r\n", "");
    }

    private java.util.Map<String, Object> raw(String key) {
        return jdbc.queryForMap("select text_body, html_body, calendar_ics, list_unsubscribe from outbox_message where message_key = ?", key);
    }

    private long publishedSession() {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Sleuteltour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "t@test.nl");
            var start = LocalDateTime.of(2027, 4, 21, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var session = sessions.create(new SessionPlan(tour.getId(), "DR", "Versleuteld in Drenthe", null, null, start,
                    start.plus(Duration.ofMinutes(150)), venues.optionsFor("DR").getFirst().getId(), SessionFormat.IN_PERSON,
                    null, 5, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(session.getId());
            return session.getId();
        });
    }

    @Test
    void mail_bodies_are_unreadable_in_the_database_and_go_out_once_with_their_links_intact() throws Exception {
        long session = publishedSession();
        var email = "kees-" + UUID.randomUUID().toString().substring(0, 6) + "@example.nl";
        var receipt = registrations.request(session, new ParticipantDetails("Kees Klaar", email, ParticipantFunction.STATENLID,
                "DR", null, null, null, null, "nl"), true);

        var stored = raw("registration-confirm:" + receipt.registrationId());
        for (var column : List.of("text_body", "html_body")) {
            var value = (String) stored.get(column);
            assertThat(value).as(column).startsWith("v1:")
                    .doesNotContain("/bevestigen/").doesNotContain("/mijn/")
                    .doesNotContain(receipt.confirmationToken()).doesNotContain(receipt.manageToken())
                    .doesNotContain("Kees");
        }

        dispatcher.dispatchDue("test");
        dispatcher.dispatchDue("test");

        var mails = to(email);
        assertThat(mails).hasSize(1);
        var body = GreenMailUtil.getBody(mails.getFirst()).replace("=\r\n", "");
        assertThat(body).contains("https://ontour.example.nl/bevestigen/" + receipt.confirmationToken())
                .contains("https://ontour.example.nl/mijn/" + receipt.manageToken());
    }

    @Test
    void every_part_of_an_invite_is_encrypted_at_rest_and_arrives_as_written() throws Exception {
        var token = "Tok" + UUID.randomUUID().toString().replace("-", "");
        var unsubscribe = "https://ontour.example.nl/digest/afmelden/" + token;
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:enc-"
                + token + "@ontour\r\nDTSTAMP:20270201T090000Z\r\nDTSTART:20270421T170000Z\r\nDTEND:20270421T193000Z\r\n"
                + "SUMMARY:Test\r\nDESCRIPTION:Beheer: https://ontour.example.nl/mijn/" + token + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        var key = "enc-test:" + token;
        var recipient = "invite-" + token.substring(3, 10) + "@example.nl";
        transaction.executeWithoutResult(s -> outbox.enqueue(new OutgoingMessage(key, "TEST", "nl", recipient, "Uitnodiging",
                "Beheer: https://ontour.example.nl/mijn/" + token)
                .withHtml("<p><a href=\"https://ontour.example.nl/mijn/" + token + "\">Beheer</a></p>")
                .withCalendar("REQUEST", ics)
                .withListUnsubscribe(unsubscribe)));

        var stored = raw(key);
        assertThat(stored.values()).allSatisfy(value -> assertThat((String) value).startsWith("v1:").doesNotContain(token));

        dispatcher.dispatchDue("test");
        var mails = to(recipient);
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getHeader("List-Unsubscribe")[0]).isEqualTo("<" + unsubscribe + ">");
        assertThat(whole(mails.getFirst())).contains("/mijn/" + token).contains("UID:enc-" + token.substring(0, 20));
    }

    @Test
    void a_body_stored_in_clear_before_encryption_still_goes_out_and_is_encrypted_at_start() throws Exception {
        var token = "Clear" + UUID.randomUUID().toString().replace("-", "");
        var key = "clear-test:" + token;
        var recipient = "clear-" + token.substring(5, 12) + "@example.nl";
        insertRaw(key, recipient, "Oud bericht: https://ontour.example.nl/mijn/" + token);

        assertThat(outboxEncryption.encryptClearRows()).isGreaterThanOrEqualTo(1);
        assertThat((String) raw(key).get("text_body")).startsWith("v1:").doesNotContain(token);

        dispatcher.dispatchDue("test");
        var mails = to(recipient);
        assertThat(mails).hasSize(1);
        assertThat(GreenMailUtil.getBody(mails.getFirst()).replace("=\r\n", "")).contains("/mijn/" + token);
    }

    @Test
    void a_body_under_another_key_is_never_sent_and_the_start_up_check_refuses_the_key() {
        var otherKey = new byte[32];
        new SecureRandom().nextBytes(otherKey);
        var key = "wrong-key-test:" + UUID.randomUUID();
        var recipient = "wrong-" + UUID.randomUUID().toString().substring(0, 6) + "@example.nl";
        insertRaw(key, recipient, new DataEncryption(otherKey).encrypt("Bericht onder een andere sleutel"));
        try {
            assertThatThrownBy(() -> dispatcher.dispatchDue("test"))
                    .satisfies(e -> assertThat(causes(e)).anyMatch(c -> c instanceof DataEncryption.UndecryptableException));
            assertThat(to(recipient)).as("no garbage goes out").isEmpty();
            assertThatThrownBy(outboxEncryption::checkKey).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("another data key");
        } finally {
            jdbc.update("delete from outbox_message where message_key = ?", key);
        }
        outboxEncryption.checkKey();
    }

    private void insertRaw(String key, String recipient, String text) {
        var now = Timestamp.valueOf(LocalDateTime.ofInstant(FixedClockConfiguration.NOW, java.time.ZoneOffset.UTC));
        jdbc.update("insert into outbox_message (message_key, message_type, language, recipient, subject, text_body, status, "
                + "attempts, next_attempt_at, created_at, version) values (?, 'TEST', 'nl', ?, 'Bericht', ?, 'QUEUED', 0, ?, ?, 0)",
                key, recipient, text, now, now);
    }

    private static List<Throwable> causes(Throwable e) {
        var all = new java.util.ArrayList<Throwable>();
        for (var c = e; c != null && !all.contains(c); c = c.getCause()) {
            all.add(c);
        }
        return all;
    }
}
