package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.Role;
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
import org.springframework.transaction.support.TransactionTemplate;

/** Mail through the outbox to a real SMTP server (GreenMail): once, with retries, never twice. */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3925",
        "ontour.mail.dispatch-interval=PT1H", "ontour.base-url=https://ontour.example.nl"})
@Import(FixedClockConfiguration.class)
class MailDeliveryTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3925, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired MailOutbox outbox;
    @Autowired MailDispatcher dispatcher;
    @Autowired MailSettings settings;
    @Autowired OutboxMessageRepository messages;
    @Autowired ParticipantRegistrations registrations;
    @Autowired RegistrationAdministration administration;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired MutableClock clock;
    @Autowired TransactionTemplate transaction;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static java.util.List<String> recipients() {
        var all = new java.util.ArrayList<String>();
        for (var message : smtp.getReceivedMessages()) {
            try {
                all.add(GreenMailUtil.getAddressList(message.getAllRecipients()));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return all;
    }

    @BeforeEach
    void now() {
        clock.set(FixedClockConfiguration.NOW);
        // Earlier tests may have left due messages; deliver them first so each test counts its own.
        // The calendar module enqueues its invites after commit, asynchronously: wait for those first.
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null and LISTENER_ID like '%.calendar.%'",
                Integer.class) == 0);
        dispatcher.dispatchDue("cleanup");
        smtp.reset();
    }

    private long publishedSession() {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Mailtour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "t@test.nl");
            var start = LocalDateTime.of(2027, 4, 20, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var session = sessions.create(new SessionPlan(tour.getId(), "DR", "Weerbaar in Drenthe", null, null, start,
                    start.plus(Duration.ofMinutes(150)), venues.optionsFor("DR").getFirst().getId(), SessionFormat.IN_PERSON,
                    null, 1, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(session.getId());
            return session.getId();
        });
    }

    private static ParticipantDetails person(String name) {
        return new ParticipantDetails(name, name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 5)
                + "@example.nl", ParticipantFunction.STATENLID, "DR", null, null, null, null, "nl");
    }

    @Test
    void a_backlog_of_several_batches_leaves_in_one_round_not_one_batch_per_interval() {
        int backlog = 2 * settings.batchSize() + 1;
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < backlog; i++) {
                outbox.enqueue(new OutgoingMessage("test-backlog:" + UUID.randomUUID(), "TEST", "nl",
                        "backlog-" + i + "@example.nl", "Achterstand", "Tekst"));
            }
        });

        assertThat(dispatcher.drain("test")).isEqualTo(backlog);
        assertThat(smtp.getReceivedMessages()).hasSize(backlog);
        assertThat(dispatcher.drain("test")).isZero();
    }

    @Test
    void a_registration_mails_a_confirmation_link_that_confirms_with_the_button() throws Exception {
        long session = publishedSession();
        var receipt = registrations.request(session, person("Mila Mail"), true);

        assertThat(dispatcher.dispatchDue("test")).isEqualTo(1);

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        var mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Bevestig uw aanmelding: Weerbaar in Drenthe");
        assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        // The default sender is ontour@localhost: its domain is the Message-ID's right side.
        assertThat(mail.getMessageID()).isEqualTo("<registration-confirm." + receipt.registrationId() + "@localhost>");
        var body = GreenMailUtil.getBody(mail).replace("=\r\n", "");
        var link = Pattern.compile("https://ontour.example.nl/bevestigen/([A-Za-z0-9_-]+)").matcher(body);
        assertThat(link.find()).as(body).isTrue();
        assertThat(body).contains("https://ontour.example.nl/mijn/");

        assertThat(registrations.confirm(link.group(1)).status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void a_message_rolled_back_with_its_cause_is_never_sent_and_one_key_is_sent_once() {
        try {
            transaction.executeWithoutResult(status -> {
                outbox.enqueue(new OutgoingMessage("test-rollback:" + UUID.randomUUID(), "TEST", "nl", "x@example.nl", "Nee", "Nee"));
                throw new IllegalStateException("the change fails");
            });
        } catch (IllegalStateException expected) {
            // the message went with it
        }
        var key = "test-once:" + UUID.randomUUID();
        transaction.executeWithoutResult(status -> {
            outbox.enqueue(new OutgoingMessage(key, "TEST", "nl", "once@example.nl", "Eén keer", "Tekst"));
            outbox.enqueue(new OutgoingMessage(key, "TEST", "nl", "once@example.nl", "Eén keer", "Tekst"));
        });

        dispatcher.dispatchDue("test");

        // Filtered: invites of earlier tests arrive in the outbox asynchronously (after commit) and may go out now.
        assertThat(recipients().stream().filter(r -> r.equals("once@example.nl") || r.equals("x@example.nl")))
                .containsExactly("once@example.nl");
    }

    @Test
    void smtp_down_means_retry_with_backoff_and_then_exactly_one_delivery() {
        var key = "test-retry:" + UUID.randomUUID();
        transaction.executeWithoutResult(status ->
                outbox.enqueue(new OutgoingMessage(key, "TEST", "nl", "retry@example.nl", "Later", "Tekst")));
        smtp.stop();

        dispatcher.dispatchDue("test");
        var failedOnce = messages.findAll().stream().filter(m -> m.getKey().equals(key)).findFirst().orElseThrow();
        assertThat(failedOnce.getStatus()).isEqualTo(MessageStatus.RETRYING);
        assertThat(failedOnce.getAttempts()).isEqualTo(1);
        assertThat(failedOnce.getNextAttemptAt()).isEqualTo(FixedClockConfiguration.NOW.plus(Duration.ofMinutes(1)));

        smtp.start();
        dispatcher.dispatchDue("test");
        assertThat(smtp.getReceivedMessages()).as("not due yet").isEmpty();

        clock.advance(Duration.ofMinutes(1));
        dispatcher.dispatchDue("test");
        dispatcher.dispatchDue("test");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(messages.findAll().stream().filter(m -> m.getKey().equals(key)).findFirst().orElseThrow().getStatus())
                .isEqualTo(MessageStatus.SENT);
    }

    @Test
    void two_dispatchers_on_one_database_send_every_message_exactly_once() throws Exception {
        var prefix = "test-two:" + UUID.randomUUID() + ":";
        transaction.executeWithoutResult(status -> {
            for (int i = 0; i < 40; i++) {
                outbox.enqueue(new OutgoingMessage(prefix + i, "TEST", "nl", "two-" + i + "@example.nl", "Twee", "Tekst"));
            }
        });
        try (var pool = Executors.newFixedThreadPool(2)) {
            var a = pool.submit(() -> { while (dispatcher.dispatchDue("instance-a") > 0) { } });
            var b = pool.submit(() -> { while (dispatcher.dispatchDue("instance-b") > 0) { } });
            a.get();
            b.get();
        }
        dispatcher.dispatchDue("instance-a");

        assertThat(recipients().stream().filter(r -> r.startsWith("two-")).toList()).hasSize(40).doesNotHaveDuplicates();
    }

    @Test
    void a_promoted_participant_is_told_by_mail() throws Exception {
        long session = publishedSession();
        var first = registrations.request(session, person("Eerste Plaats"), true);
        var secondPerson = person("Tweede Plaats");
        var second = registrations.request(session, secondPerson, true);
        registrations.confirm(first.confirmationToken());
        registrations.confirm(second.confirmationToken());
        // Mails written after commit by module listeners: the first's invite, the second's waitlist notice.
        awaitMessage("invite:" + first.registrationId() + ":0");
        awaitMessage("registration-waitlisted:" + second.registrationId());
        dispatcher.dispatchDue("test");
        var waitlisted = new java.util.ArrayList<String>();
        for (var message : smtp.getReceivedMessages()) {
            if (message.getSubject().startsWith("U staat op de wachtlijst")) {
                waitlisted.add(message.getAllRecipients()[0].toString());
                assertThat(GreenMailUtil.getBody(message)).contains("op plaats 1");
            }
        }
        assertThat(waitlisted).containsExactly(secondPerson.email());
        smtp.reset();

        registrations.cancel(first.manageToken());
        awaitMessage("invite:" + second.registrationId() + ":0");
        awaitMessage("invite:" + first.registrationId() + ":1");
        dispatcher.dispatchDue("test");

        var subjects = new java.util.ArrayList<String>();
        for (var message : smtp.getReceivedMessages()) {
            subjects.add(message.getSubject());
        }
        // One mail about the seat (with the invite; no second, plain one), and the CANCEL for the one who left.
        assertThat(subjects).containsExactlyInAnyOrder("Er is een plaats voor u: Weerbaar in Drenthe",
                "Aanmelding geannuleerd: Weerbaar in Drenthe");
        // The promoted participant is told until when to give the seat back (now + the 48-hour claim window).
        var promoted = messages.findAll().stream().filter(m -> m.getKey().equals("invite:" + second.registrationId() + ":0"))
                .findFirst().orElseThrow();
        assertThat(promoted.getText()).contains("Geef uw plaats dan liefst vóór "
                + DutchTime.dateTime(clock.instant().plus(Duration.ofHours(48)), DutchTime.DUTCH) + " terug");
        // Headers as sent: the tour's name on the application's address, replies to the tour's mailbox, automatic.
        var received = smtp.getReceivedMessages()[0];
        var from = (jakarta.mail.internet.InternetAddress) received.getFrom()[0];
        assertThat(from.getAddress()).isEqualTo("ontour@localhost");
        assertThat(from.getPersonal()).startsWith("Mailtour ");
        assertThat(received.getReplyTo()[0].toString()).isEqualTo("t@test.nl");
        assertThat(received.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
        assertThat(received.getHeader("List-Unsubscribe")).as("only the digest offers it").isNull();
        assertThat(received.getMessageID()).matches("<invite\\.\\d+\\.\\d+@localhost>");
        assertThat(MessageIdsTest.isStrictMsgId(received.getMessageID())).isTrue();
    }

    @Test
    void a_participant_who_changes_their_needs_is_told_what_changed() {
        long session = publishedSession();
        var receipt = registrations.request(session, person("Nina Nodig"), true);
        registrations.confirm(receipt.confirmationToken());
        registrations.changeNeeds(receipt.manageToken(), null, "vegetarisch", null);

        var prefix = "registration-changed:" + receipt.registrationId() + ":";
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> messages.findAll().stream().anyMatch(m -> m.getKey().startsWith(prefix)));
        var mail = messages.findAll().stream().filter(m -> m.getKey().startsWith(prefix)).findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("Uw aanmelding is gewijzigd: Weerbaar in Drenthe");
        assertThat(mail.getText()).contains("Beste Nina Nodig", "Dieetwensen: vegetarisch").doesNotContain("Toegankelijkheid");

        registrations.changeNeeds(receipt.manageToken(), null, "vegetarisch", null);
        assertThat(messages.findAll().stream().filter(m -> m.getKey().startsWith(prefix)).count())
                .as("nothing changed, nothing said").isEqualTo(1);
    }

    @Test
    void someone_registered_on_their_behalf_gets_their_own_manage_link() {
        long session = publishedSession();
        var receipt = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> administration.registerOnBehalf(session, person("Olga Opgegeven")));

        var mail = messages.findAll().stream().filter(m -> m.getKey().equals("registration-on-behalf:" + receipt.registrationId()))
                .findFirst().orElseThrow();
        assertThat(mail.getSubject()).isEqualTo("U bent aangemeld: Weerbaar in Drenthe");
        assertThat(mail.getText()).contains("Beste Olga Opgegeven", "Test organiser heeft u aangemeld",
                "https://ontour.example.nl/mijn/" + receipt.manageToken());
    }

    private void awaitMessage(String key) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                .until(() -> messages.existsByKey(key));
    }
}
