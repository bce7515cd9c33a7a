package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.calendar.CalendarInvites;
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
import nl.weerbaarbestuur.ontour.shared.DataEncryption;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.EventFlowWait;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * Replies to invites read from a real IMAP server (GreenMail) by the replies module and the modules
 * it depends on (calendar, registration, planning, notification and theirs; no attendance, privacy,
 * API or views): the reply mailbox is polled by hand here (the schedule waits an hour), and what it
 * did is read back from the database and from the mailbox's folders. Where the calendar module's
 * listeners act after commit (an invite after a confirmation, the promoted one's invite and the
 * CANCEL after a decline), a {@link Scenario} runs the step and waits for the outbox to hold them.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false) // ModularityTest verifies
@TestPropertySource(properties = {"ontour.replies.imap.host=localhost", "ontour.replies.imap.port=3947",
        "ontour.replies.imap.tls=false", "ontour.replies.imap.user=" + InviteRepliesIntegrationTest.MAILBOX,
        "ontour.replies.imap.password=" + InviteRepliesIntegrationTest.PASSWORD, "ontour.replies.poll-interval=PT1H",
        "ontour.mail.dispatch-interval=PT1H", "ontour.calendar.update-check=PT1H",
        "ontour.base-url=https://ontour.example.nl"})
@Import(FixedClockConfiguration.class)
@ExtendWith(EventFlowWait.class)
class InviteRepliesIntegrationTest {

    static final String MAILBOX = "antwoorden@ontour.example.nl";
    static final String PASSWORD = "geheim-antwoord";

    @RegisterExtension
    static GreenMailExtension imap = new GreenMailExtension(new ServerSetup(3947, null, ServerSetup.PROTOCOL_IMAP))
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(MAILBOX, MAILBOX, PASSWORD))
            .withPerMethodLifecycle(true);

    @Autowired ParticipantRegistrations registrations;
    @Autowired Attendees attendees;
    @Autowired CalendarInvites invites;
    @Autowired ReplyMailbox mailbox;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired DataEncryption encryption;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void now() {
        clock.set(FixedClockConfiguration.NOW);
    }

    @Test
    void a_decline_from_the_participant_frees_the_seat_and_promotes_the_next_in_line_once(Scenario scenario) throws Exception {
        long session = publishedSession(1);
        var anna = invited(scenario, session, "Anna Agenda");
        var bert = confirmed(session, "Bert Wacht");
        assertThat(status(bert.id())).isEqualTo(RegistrationStatus.WAITLISTED);
        var invite = ics("invite:" + anna.id() + ":0");
        assertThat(invite).as("the reply mailbox is the ORGANIZER, and a reply is asked for")
                .contains("ORGANIZER;CN=Weerbaar Bestuur On Tour:mailto:" + MAILBOX, "RSVP=TRUE");
        assertThat(jdbc.queryForObject("select sender from outbox_message where message_key = ?", String.class,
                "invite:" + anna.id() + ":0")).as("the mail itself still comes from the tour").contains("tour@weerbaarbestuur.nl");

        var decline = outlookReply(anna.email(), ReplySamples.outlook(uid(anna.id(), session), 0, anna.email(), "DECLINED"),
                messageId("decline-1@mail.example.nl"));
        deliver(decline);
        deliver(decline); // the same message twice (same Message-ID)

        // Each reply is handled in a transaction of its own, as the schedule does: no transaction around the poll.
        scenario.stimulate(transactions -> mailbox.poll())
                .andWaitForStateChange(() -> stored("invite:" + bert.id() + ":0").isPresent()
                        && stored("invite:" + anna.id() + ":1").isPresent()) // the CANCEL for Anna's calendar
                .andVerify((written, polled) -> assertThat(polled).isEqualTo(2));

        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(status(bert.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        var mail = jdbc.queryForMap("select subject, text_body, recipient from outbox_message where message_key = ?",
                "calendar-decline:" + anna.id());
        assertThat(mail.get("subject")).isEqualTo("Afmelding ontvangen: Weerbaar in Drenthe");
        assertThat(mail.get("recipient")).isEqualTo(anna.email());
        assertThat(encryption.decrypt((String) mail.get("text_body")))
                .contains("Beste Anna Agenda", "https://ontour.example.nl/sessies/" + session);
        assertThat(outcomes(anna.id())).containsExactly("DECLINED_CANCELLED");
        assertThat(count("Verwerkt")).isEqualTo(2);
        assertThat(count("INBOX")).isZero();

        // Declining again in other messages changes nothing more: Bert was promoted once. The CANCEL raised
        // the sequence, so a second reply to the first version is out of date; one to the CANCEL finds nothing to cancel.
        deliver(outlookReply(anna.email(), ReplySamples.outlook(uid(anna.id(), session), 0, anna.email(), "DECLINED"),
                messageId("decline-2@mail.example.nl")));
        deliver(thunderbirdReply(anna.email(), ReplySamples.thunderbird(uid(anna.id(), session), 1, anna.email(), "DECLINED")));
        assertThat(mailbox.poll()).isEqualTo(2);
        assertThat(outcomes(anna.id())).containsExactly("DECLINED_CANCELLED", "OUT_OF_DATE", "DECLINED_NOTHING_TO_CANCEL");
        Thread.sleep(500); // give a wrongly repeated event the chance to show
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where message_key like ?", Integer.class,
                "invite:" + bert.id() + ":%")).isEqualTo(1);
        assertThat(status(bert.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(mailbox.poll()).isZero();
    }

    @Test
    void an_acceptance_from_thunderbird_is_recorded_and_changes_nothing(Scenario scenario) throws Exception {
        long session = publishedSession(3);
        var anna = invited(scenario, session, "Anna Akkoord");

        deliver(thunderbirdReply(anna.email(), ReplySamples.thunderbird(uid(anna.id(), session), 0, anna.email(), "ACCEPTED")));
        assertThat(mailbox.poll()).isEqualTo(1);

        assertThat(outcomes(anna.id())).containsExactly("ACCEPTED");
        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(count("Verwerkt")).isEqualTo(1);
    }

    @Test
    void a_decline_from_a_foreign_sender_or_failing_dmarc_changes_nothing_and_is_set_aside(Scenario scenario) throws Exception {
        long session = publishedSession(3);
        var anna = invited(scenario, session, "Anna Echt");
        var declined = ReplySamples.outlook(uid(anna.id(), session), 0, anna.email(), "DECLINED");

        deliver(outlookReply("iemand.anders@example.org", declined, messageId("spoof-1@example.org")));
        var failing = outlookReply(anna.email(), declined, messageId("spoof-2@example.org"));
        failing.addHeader("Authentication-Results", "mx.ontour.example.nl; spf=pass smtp.mailfrom=example.nl; dmarc=fail header.from=example.nl");
        deliver(failing);
        var otherAttendee = ReplySamples.outlook(uid(anna.id(), session), 0, "iemand.anders@example.org", "DECLINED");
        deliver(outlookReply("iemand.anders@example.org", otherAttendee, messageId("spoof-3@example.org")));
        assertThat(mailbox.poll()).isEqualTo(3);

        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(outcomes(anna.id())).containsExactly("SUSPECT", "SUSPECT", "SUSPECT");
        assertThat(count("Onbekend")).isEqualTo(3);
        assertThat(count("INBOX")).isZero();
    }

    @Test
    void an_old_sequence_an_unknown_uid_malformed_and_non_calendar_mail_are_logged_and_set_aside(Scenario scenario) throws Exception {
        long session = publishedSession(3);
        var anna = invited(scenario, session, "Anna Oud");
        var before = jdbc.queryForObject("select count(*) from calendar_reply", Integer.class);

        deliver(outlookReply(anna.email(), ReplySamples.outlook(uid(anna.id(), session), 7, anna.email(), "DECLINED"), messageId("old@x.nl")));
        deliver(outlookReply(anna.email(), ReplySamples.outlook("reg-0-session-0@elders", 0, anna.email(), "DECLINED"), messageId("unknown@x.nl")));
        deliver(outlookReply(anna.email(), "BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:kapot", messageId("broken@x.nl")));
        var plain = message(anna.email(), messageId("plain@x.nl"));
        plain.setText("Ik kom toch niet, groet Anna", "UTF-8");
        plain.saveChanges();
        deliver(plain);
        assertThat(mailbox.poll()).isEqualTo(4);

        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(outcomes(anna.id())).containsExactly("OUT_OF_DATE");
        assertThat(jdbc.queryForList("select outcome from calendar_reply order by id", String.class))
                .endsWith("OUT_OF_DATE", "UNKNOWN_INVITE", "MALFORMED", "NOT_A_REPLY");
        assertThat(jdbc.queryForObject("select count(*) from calendar_reply", Integer.class)).isEqualTo(before + 4);
        assertThat(count("Verwerkt")).isEqualTo(1);
        assertThat(count("Onbekend")).isEqualTo(3);
        assertThat(unseen("Onbekend")).as("set aside unread, for a person to look at").isEqualTo(3);
    }

    // --- the application's side

    record Person(long id, String email) {
    }

    private long publishedSession(int capacity) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Antwoordtour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "tour@weerbaarbestuur.nl");
            var start = LocalDateTime.of(2027, 4, 20, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var created = sessions.create(new SessionPlan(tour.getId(), "DR", "Weerbaar in Drenthe", null,
                    "Neem een voorval mee.", start, start.plus(Duration.ofMinutes(150)),
                    venues.optionsFor("DR").getFirst().getId(), SessionFormat.IN_PERSON, null, capacity, Audience.BOTH,
                    Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
    }

    private Person confirmed(long session, String name) {
        var email = email(name);
        var receipt = registrations.request(session, details(name, email), true);
        registrations.confirm(receipt.confirmationToken());
        return new Person(receipt.registrationId(), email);
    }

    /** Confirmed with a seat: the confirmation is the stimulus, and the calendar module's invite the state waited for. */
    private Person invited(Scenario scenario, long session, String name) {
        var email = email(name);
        var receipt = registrations.request(session, details(name, email), true);
        var person = new Person(receipt.registrationId(), email);
        scenario.stimulate(() -> registrations.confirm(receipt.confirmationToken()))
                .andWaitForStateChange(() -> stored("invite:" + person.id() + ":0"))
                .andVerify(invite -> assertThat(invite).isPresent());
        return person;
    }

    private static String email(String name) {
        return name.toLowerCase().replace(' ', '.') + "+" + UUID.randomUUID().toString().substring(0, 5) + "@example.nl";
    }

    private static ParticipantDetails details(String name, String email) {
        return new ParticipantDetails(name, email, ParticipantFunction.STATENLID, "DR", null, null, null, null, "nl");
    }

    private static String uid(long registrationId, long sessionId) {
        return "reg-" + registrationId + "-session-" + sessionId + "@ontour";
    }

    private RegistrationStatus status(long registrationId) {
        return attendees.find(registrationId).orElseThrow().status();
    }

    /** The invite mail's calendar, unfolded, once its event has run (see {@link #stored}). */
    private String ics(String key) {
        return stored(key).orElseThrow(() -> new AssertionError("no message " + key + " in the outbox"));
    }

    /** The calendar of the invite mail with this key, unfolded, if the outbox holds it yet. */
    private java.util.Optional<String> stored(String key) {
        return jdbc.queryForList("select calendar_ics from outbox_message where message_key = ?", String.class, key).stream()
                .findFirst().map(ics -> encryption.decrypt(ics).replace("\r\n ", ""));
    }

    private java.util.List<String> outcomes(long registrationId) {
        return jdbc.queryForList("select outcome from calendar_reply where registration_id = ? order by id", String.class,
                registrationId);
    }

    // --- the mailbox's side

    /** Message-IDs are unique per run: the replies log keeps what it handled, and a repeated Message-ID is a duplicate. */
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    private static String messageId(String id) {
        return "<" + RUN + "." + id + ">";
    }

    private static MimeMessage message(String from, String messageId) throws Exception {
        var message = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        message.setFrom(new InternetAddress(from));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(MAILBOX));
        message.setSubject("Geweigerd: Weerbaar in Drenthe", "UTF-8");
        return message;
    }

    /** As Outlook sends it: text and the calendar as alternatives. */
    private static MimeMessage outlookReply(String from, String ics, String messageId) throws Exception {
        var message = message(from, messageId);
        var alternative = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText("Helaas kan ik er die avond niet bij zijn.", "UTF-8");
        alternative.addBodyPart(text);
        alternative.addBodyPart(calendarPart(ics));
        message.setContent(alternative);
        message.saveChanges();
        return message;
    }

    /** As Thunderbird sends it: text, the calendar inline, and the same calendar attached. */
    private static MimeMessage thunderbirdReply(String from, String ics) throws Exception {
        var message = message(from, "<" + UUID.randomUUID() + "@thunderbird.example.nl>");
        var mixed = new MimeMultipart("mixed");
        var text = new MimeBodyPart();
        text.setText("Anna Akkoord heeft uw uitnodiging voor het evenement geaccepteerd.", "UTF-8");
        mixed.addBodyPart(text);
        mixed.addBodyPart(calendarPart(ics));
        var attachment = new MimeBodyPart();
        attachment.setContent(ics.getBytes(StandardCharsets.UTF_8), "application/ics; name=invite.ics");
        attachment.setHeader("Content-Type", "application/ics; name=invite.ics");
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        attachment.setFileName("invite.ics");
        mixed.addBodyPart(attachment);
        message.setContent(mixed);
        message.saveChanges();
        return message;
    }

    private static MimeBodyPart calendarPart(String ics) throws Exception {
        var part = new MimeBodyPart();
        part.setContent(ics, "text/calendar; method=REPLY; charset=UTF-8");
        part.setHeader("Content-Type", "text/calendar; method=REPLY; charset=UTF-8");
        return part;
    }

    private static void deliver(MimeMessage message) throws Exception {
        imap.getUserManager().getUser(MAILBOX).deliver(message);
    }

    private static int count(String folderName) throws Exception {
        return inFolder(folderName, folder -> folder.getMessageCount());
    }

    private static int unseen(String folderName) throws Exception {
        return inFolder(folderName, folder -> folder.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), false)).length);
    }

    private interface FolderQuery {
        int ask(Folder folder) throws Exception;
    }

    private static int inFolder(String name, FolderQuery query) throws Exception {
        var store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("localhost", 3947, MAILBOX, PASSWORD);
        try {
            var folder = store.getFolder(name);
            if (!folder.exists()) {
                return 0;
            }
            folder.open(Folder.READ_ONLY);
            try {
                return query.ask(folder);
            } finally {
                folder.close(false);
            }
        } finally {
            store.close();
        }
    }
}
