package nl.weerbaarbestuur.ontour.replies;

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
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the integration tests of replies share: the real application with a reply mailbox on a real
 * IMAP server (GreenMail) that the tests poll by hand (the schedule waits an hour, IDLE is off), and
 * helpers for both sides. Subclasses with these same settings share one application context.
 */
@SpringBootTest(properties = {"ontour.replies.imap.host=localhost",
        "ontour.replies.imap.tls=false", "ontour.replies.imap.user=" + ReplyIntegrationBase.MAILBOX,
        "ontour.replies.imap.password=" + ReplyIntegrationBase.PASSWORD, "ontour.replies.poll-interval=PT1H",
        "ontour.replies.idle=false",
        "ontour.mail.dispatch-interval=PT1H", "ontour.calendar.update-check=PT1H",
        "ontour.base-url=https://ontour.example.nl"})
@Import(FixedClockConfiguration.class)
abstract class ReplyIntegrationBase {

    static final String MAILBOX = "antwoorden@ontour.example.nl";
    static final String PASSWORD = "geheim-antwoord";

    /**
     * The IMAP port: a free one, chosen once per test JVM (so every subclass shares the context), not
     * a fixed number that another build on the same machine may hold.
     */
    static final int IMAP_PORT = freePort();

    @DynamicPropertySource
    static void imapPort(DynamicPropertyRegistry registry) {
        registry.add("ontour.replies.imap.port", () -> IMAP_PORT);
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("no free port for the test IMAP server", e);
        }
    }

    @RegisterExtension
    static GreenMailExtension imap = new GreenMailExtension(new ServerSetup(IMAP_PORT, null, ServerSetup.PROTOCOL_IMAP))
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

    // --- the application's side

    record Person(long id, String email) {
    }

    long publishedSession(int capacity) {
        return publishedSession(capacity, Set.of());
    }

    long publishedSession(int capacity, Set<Long> trainerIds) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Antwoordtour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "tour@weerbaarbestuur.nl");
            var start = LocalDateTime.of(2027, 4, 20, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var created = sessions.create(new SessionPlan(tour.getId(), "DR", "Weerbaar in Drenthe", null,
                    "Neem een voorval mee.", start, start.plus(Duration.ofMinutes(150)),
                    venues.optionsFor("DR").getFirst().getId(), SessionFormat.IN_PERSON, null, capacity, Audience.BOTH,
                    trainerIds, null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
    }

    Person confirmed(long session, String name) {
        var email = name.toLowerCase().replace(' ', '.') + "+" + UUID.randomUUID().toString().substring(0, 5) + "@example.nl";
        var receipt = registrations.request(session, new ParticipantDetails(name, email, ParticipantFunction.STATENLID, "DR",
                null, null, null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());
        return new Person(receipt.registrationId(), email);
    }

    static String uid(long registrationId, long sessionId) {
        return "reg-" + registrationId + "-session-" + sessionId + "@ontour";
    }

    RegistrationStatus status(long registrationId) {
        return attendees.find(registrationId).orElseThrow().status();
    }

    /** The invite mail's calendar, unfolded, once its event has run. */
    String ics(String key) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.queryForObject("select count(*) from outbox_message where message_key = ?", Integer.class, key) == 1);
        return encryption.decrypt(jdbc.queryForObject("select calendar_ics from outbox_message where message_key = ?",
                String.class, key)).replace("\r\n ", "");
    }

    java.util.List<String> outcomes(long registrationId) {
        return jdbc.queryForList("select outcome from calendar_reply where registration_id = ? order by id", String.class,
                registrationId);
    }

    // --- the mailbox's side

    /** This run's part of every Message-ID: the database may hold the replies of an earlier run, keyed by their Message-ID. */
    static final String RUN = UUID.randomUUID().toString().substring(0, 8);

    static String messageId(String name, String domain) {
        return "<" + name + "-" + RUN + "@" + domain + ">";
    }

    static MimeMessage message(String from, String messageId) throws Exception {
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
    static MimeMessage outlookReply(String from, String ics, String messageId) throws Exception {
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
    static MimeMessage thunderbirdReply(String from, String ics) throws Exception {
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

    static MimeBodyPart calendarPart(String ics) throws Exception {
        var part = new MimeBodyPart();
        part.setContent(ics, "text/calendar; method=REPLY; charset=UTF-8");
        part.setHeader("Content-Type", "text/calendar; method=REPLY; charset=UTF-8");
        return part;
    }

    static void deliver(MimeMessage message) throws Exception {
        imap.getUserManager().getUser(MAILBOX).deliver(message);
    }

    static int count(String folderName) throws Exception {
        return inFolder(folderName, folder -> folder.getMessageCount());
    }

    static int unseen(String folderName) throws Exception {
        return inFolder(folderName, folder -> folder.search(new jakarta.mail.search.FlagTerm(new Flags(Flags.Flag.SEEN), false)).length);
    }

    interface FolderQuery {
        int ask(Folder folder) throws Exception;
    }

    static int inFolder(String name, FolderQuery query) throws Exception {
        var store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("localhost", IMAP_PORT, MAILBOX, PASSWORD);
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
