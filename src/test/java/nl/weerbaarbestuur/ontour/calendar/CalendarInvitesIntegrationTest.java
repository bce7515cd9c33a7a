package nl.weerbaarbestuur.ontour.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainingSession;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationReceipt;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;

/**
 * The life of an invite: registration and planning events after commit, the outbox, and a real
 * SMTP server (GreenMail) whose received mail is parsed; only the calendar module and the modules
 * it depends on are started ({@link CalendarModuleTest}). Each step whose outcome a listener writes
 * after commit runs as a {@link Scenario} that waits for that outcome; the services open their own
 * transactions, as in the application, so a step of several calls commits each of them.
 */
@CalendarModuleTest
class CalendarInvitesIntegrationTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3931, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired ParticipantRegistrations registrations;
    @Autowired nl.weerbaarbestuur.ontour.shared.DataEncryption encryption; // the bodies are stored encrypted
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired CalendarInvites invites;
    @Autowired CalendarInviteRepository inviteRows;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void now() {
        clock.set(FixedClockConfiguration.NOW);
    }

    private long publishedSession(int capacity) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Agendatour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "tour@weerbaarbestuur.nl");
            var start = LocalDateTime.of(2027, 4, 20, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var session = sessions.create(new SessionPlan(tour.getId(), "DR", "Weerbaar in Drenthe", null,
                    "Neem een voorval mee.", start, start.plus(Duration.ofMinutes(150)),
                    venues.optionsFor("DR").getFirst().getId(), SessionFormat.IN_PERSON, null, capacity, Audience.BOTH,
                    Set.of(), null, null, false));
            sessions.publish(session.getId());
            return session.getId();
        });
    }

    private static ParticipantDetails person(String name, String language) {
        return new ParticipantDetails(name, name.toLowerCase().replace(' ', '.') + "+" + UUID.randomUUID().toString().substring(0, 5)
                + "@example.nl", ParticipantFunction.STATENLID, "DR", null, null, null, null, language);
    }

    /** Requested, not yet confirmed: confirming is the step the tests watch. */
    private RegistrationReceipt requested(long session, String name, String language) {
        return registrations.request(session, person(name, language), true);
    }

    private long confirm(RegistrationReceipt receipt) {
        registrations.confirm(receipt.confirmationToken());
        return receipt.registrationId();
    }

    private TrainingSession edit(long sessionId, java.util.function.UnaryOperator<SessionPlan> change) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var current = sessions.get(sessionId);
            return sessions.update(sessionId, current.getVersion(), change.apply(sessions.planOf(sessionId)));
        });
    }

    private static SessionPlan shifted(SessionPlan p, Duration by) {
        return new SessionPlan(p.tourId(), p.provinceCode(), p.title(), p.topic(), p.description(), p.startsAt().plus(by),
                p.endsAt().plus(by), p.venueId(), p.format(), p.meetingUrl(), p.capacity(), p.audience(), p.trainerIds(),
                p.registrationOpensAt(), p.registrationClosesAt(), p.griffieApprovalRequired());
    }

    /** The outbox message with this key (see {@link #stored}). */
    private Row message(String key) {
        return stored(key).orElseThrow(() -> new AssertionError("no message " + key + " in the outbox"));
    }

    /** The outbox message with this key, if it has been written yet. */
    private Optional<Row> stored(String key) {
        return jdbc.query("select message_type, subject, text_body, calendar_method, calendar_ics, html_body, recipient "
                        + "from outbox_message where message_key = ?",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), encryption.decrypt(rs.getString(3)), rs.getString(4),
                        encryption.decrypt(rs.getString(5)), encryption.decrypt(rs.getString(6)), rs.getString(7)), key)
                .stream().findFirst();
    }

    record Row(String type, String subject, String text, String method, String ics, String html, String recipient) {
    }

    /** Whether the invite holds a change that waits for the session to be quiet. */
    private boolean pending(long registrationId) {
        return inviteRows.findByRegistrationId(registrationId).map(i -> i.getPendingSince() != null).orElse(false);
    }

    /** Whether the invite's pending change dates from now (the last edit reached it). */
    private boolean pendingSinceNow(long registrationId) {
        return inviteRows.findByRegistrationId(registrationId).map(i -> clock.instant().equals(i.getPendingSince())).orElse(false);
    }

    @Test
    void uid_stays_and_sequence_rises_across_confirm_reschedule_move_and_cancel(Scenario scenario) {
        long session = publishedSession(5);
        var annaRequest = requested(session, "Anna Agenda", "nl");
        var bertRequest = requested(session, "Bert Buur", "nl");
        long anna = annaRequest.registrationId();
        long bert = bertRequest.registrationId();
        var uid = "UID:reg-" + anna + "-session-" + session + "@ontour\r\n";

        scenario.stimulate(transactions -> List.of(confirm(annaRequest), confirm(bertRequest)))
                .andWaitForStateChange(() -> stored("invite:" + anna + ":0").isPresent()
                        && stored("invite:" + bert + ":0").isPresent());
        var first = message("invite:" + anna + ":0");
        assertThat(first.type()).isEqualTo("CALENDAR_INVITE");
        assertThat(first.method()).isEqualTo("REQUEST");
        assertThat(first.subject()).isEqualTo("Aanmelding bevestigd: Weerbaar in Drenthe");
        assertThat(first.ics()).contains("METHOD:REQUEST\r\n", uid, "SEQUENCE:0\r\n", "STATUS:CONFIRMED\r\n")
                .doesNotContain("Bert").doesNotContain("Brussels");
        assertThat(InviteComposer.unfold(first.ics())).contains("ORGANIZER;CN=Weerbaar Bestuur On Tour:mailto:tour@weerbaarbestuur.nl");

        // Two edits within the update delay: one update per participant, saying what changed.
        scenario.stimulate(transactions -> edit(session, p -> shifted(p, Duration.ofDays(1))))
                .andWaitForStateChange(() -> pending(anna) && pending(bert));
        clock.advance(Duration.ofMinutes(2));
        scenario.stimulate(transactions -> edit(session, p -> shifted(p, Duration.ofHours(1))))
                .andWaitForStateChange(() -> pendingSinceNow(anna) && pendingSinceNow(bert));
        clock.advance(Duration.ofMinutes(4));
        assertThat(invites.sendQuietUpdates()).as("not quiet long enough").isZero();
        clock.advance(Duration.ofMinutes(1));
        assertThat(invites.sendQuietUpdates()).as("one per participant").isEqualTo(2);
        assertThat(invites.sendQuietUpdates()).isZero();

        var update = message("invite:" + anna + ":1");
        assertThat(update.type()).isEqualTo("CALENDAR_UPDATE");
        assertThat(update.text()).contains("Tijd: di 20 apr 2027, 19:00–21:30 → wo 21 apr 2027, 20:00–22:30");
        assertThat(update.ics()).contains(uid, "SEQUENCE:1\r\n", "DTSTART;TZID=Europe/Amsterdam:20270421T200000\r\n");

        // Moved: now hybrid, with a meeting link that only participants get.
        scenario.stimulate(transactions -> edit(session, p -> new SessionPlan(p.tourId(), p.provinceCode(), p.title(), p.topic(),
                        p.description(), p.startsAt(), p.endsAt(), p.venueId(), SessionFormat.HYBRID,
                        "https://meet.example.nl/drenthe", p.capacity(), p.audience(), p.trainerIds(), p.registrationOpensAt(),
                        p.registrationClosesAt(), p.griffieApprovalRequired())))
                .andWaitForStateChange(() -> pending(anna));
        clock.advance(Duration.ofMinutes(5));
        invites.sendQuietUpdates();
        var moved = message("invite:" + anna + ":2");
        assertThat(moved.text()).contains("De link om online deel te nemen is veranderd: https://meet.example.nl/drenthe");
        assertThat(moved.ics()).contains(uid, "SEQUENCE:2\r\n");
        assertThat(InviteComposer.unfold(moved.ics())).contains("Online deelnemen: https://meet.example.nl/drenthe");
        assertThat(invites.publicFile(session).orElseThrow().ics()).doesNotContain("meet.example.nl", "Anna", "Bert");

        // Cancelled: a CANCEL with the same UID and a higher SEQUENCE, naming another session of the tour.
        long other = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var copy = sessions.copy(session, "DR", LocalDate.of(2027, 5, 18), null);
            sessions.publish(copy.getId());
            return copy.getId();
        });
        scenario.stimulate(() -> SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> sessions.cancel(session, "De trainer is ziek.")))
                .andWaitForStateChange(() -> stored("invite:" + anna + ":3"));
        var cancel = message("invite:" + anna + ":3");
        assertThat(cancel.type()).isEqualTo("CALENDAR_SESSION_CANCELLED");
        assertThat(cancel.method()).isEqualTo("CANCEL");
        assertThat(cancel.ics()).contains("METHOD:CANCEL\r\n", uid, "SEQUENCE:3\r\n", "STATUS:CANCELLED\r\n");
        assertThat(cancel.text()).contains("De trainer is ziek.", "Een andere bijeenkomst van deze tour",
                "https://ontour.example.nl/sessies/" + other);
        assertThat(invites.currentRequest(anna)).isEmpty();
    }

    @Test
    void a_participant_who_cancels_gets_a_cancel_and_the_promoted_one_an_invite_in_english(Scenario scenario) {
        long session = publishedSession(1);
        var annaRequest = requested(session, "Anna Eerst", "nl");
        var emmaRequest = requested(session, "Emma English", "en");
        long anna = annaRequest.registrationId();
        long emma = emmaRequest.registrationId();
        scenario.stimulate(transactions -> List.of(confirm(annaRequest), confirm(emmaRequest)))
                .andWaitForStateChange(() -> stored("invite:" + anna + ":0"));
        var invite = message("invite:" + anna + ":0");
        assertThat(invites.currentRequest(anna).orElseThrow().ics()).contains("SEQUENCE:0\r\n", "METHOD:REQUEST\r\n");
        assertThat(invites.currentRequest(emma)).as("waitlisted: no invite").isEmpty();
        var forReminders = invites.currentRequest(anna).orElseThrow();
        assertThat(forReminders.method().name()).isEqualTo("REQUEST");
        assertThat(forReminders.ics()).contains("UID:reg-" + anna + "-session-" + session + "@ontour");

        var manageToken = registrations.request(session, new ParticipantDetails("Anna Eerst", invite.recipient(),
                ParticipantFunction.STATENLID, "DR", null, null, null, null, "nl"), true).manageToken();
        scenario.stimulate(() -> registrations.cancel(manageToken))
                .andWaitForStateChange(() -> stored("invite:" + anna + ":1").isPresent()
                        && stored("invite:" + emma + ":0").isPresent());

        var cancel = message("invite:" + anna + ":1");
        assertThat(cancel.method()).isEqualTo("CANCEL");
        assertThat(cancel.subject()).isEqualTo("Aanmelding geannuleerd: Weerbaar in Drenthe");
        var promoted = message("invite:" + emma + ":0");
        assertThat(promoted.type()).isEqualTo("CALENDAR_PROMOTED");
        assertThat(promoted.subject()).isEqualTo("A seat is yours: Weerbaar in Drenthe");
        assertThat(promoted.text()).contains("Dear Emma English", "Tue 20 Apr 2027");
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where message_key like 'registration-promoted:%'",
                Integer.class)).as("no second, plain promotion mail").isZero();
    }

    @Test
    void the_mail_is_an_invitation_outlook_and_google_recognise(Scenario scenario) throws Exception {
        long session = publishedSession(3);
        var annaRequest = requested(session, "Anna Mime", "nl");
        long anna = annaRequest.registrationId();
        scenario.stimulate(() -> confirm(annaRequest))
                .andWaitForStateChange(() -> stored("invite:" + anna + ":0"));
        smtp.reset();
        // Not an event flow: the dispatcher sends a batch at a time, and earlier tests' mail may go first.
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            dispatcherSend();
            return java.util.Arrays.stream(smtp.getReceivedMessages()).anyMatch(this::isInvite);
        });
        var mail = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(this::isInvite).findFirst().orElseThrow();

        assertThat(mail.getContentType()).startsWith("multipart/mixed");
        var mixed = (MimeMultipart) mail.getContent();
        assertThat(mixed.getCount()).isEqualTo(2);
        var alternative = (MimeMultipart) mixed.getBodyPart(0).getContent();
        assertThat(mixed.getBodyPart(0).getContentType()).startsWith("multipart/alternative");
        assertThat(alternative.getCount()).isEqualTo(3);
        assertThat(alternative.getBodyPart(0).getContentType()).startsWith("text/plain").containsIgnoringCase("charset=UTF-8");
        assertThat(alternative.getBodyPart(1).getContentType()).startsWith("text/html");
        var calendar = alternative.getBodyPart(2);
        assertThat(calendar.getContentType()).contains("text/calendar", "method=REQUEST", "charset=UTF-8");
        var ics = text(calendar);
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("METHOD:REQUEST\r\n", "UID:reg-" + anna + "-session-" + session + "@ontour");
        // the same file parses with iCal4j:
        assertThat(InviteComposerTest.event(ics).getUid()).isPresent();

        var attachment = mixed.getBodyPart(1);
        assertThat(attachment.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attachment.getFileName()).isEqualTo("invite.ics");
        assertThat(attachment.getContentType()).contains("text/calendar", "method=REQUEST");
        assertThat(text(attachment)).isEqualTo(ics);
        assertThat(text(alternative.getBodyPart(0))).contains("Beste Anna Mime", "Weerbaar in Drenthe");
    }

    @Autowired org.springframework.context.ApplicationContext context;

    /** The dispatcher is package-private in notification: reach it through the context by name. */
    private void dispatcherSend() throws Exception {
        var dispatcher = context.getBean("mailDispatcher");
        var method = dispatcher.getClass().getDeclaredMethod("dispatchDue", String.class);
        method.setAccessible(true);
        method.invoke(dispatcher, "calendar-test");
    }

    private boolean isInvite(MimeMessage message) {
        try {
            return message.getSubject().startsWith("Aanmelding bevestigd") && message.getAllRecipients()[0].toString().startsWith("anna.mime");
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String text(BodyPart part) throws Exception {
        var out = new ByteArrayOutputStream();
        part.getDataHandler().writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
