package nl.weerbaarbestuur.ontour.reminder;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutboxMessage;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** Reminders worked out from database state with a fixed clock: once each, and right across a reschedule. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class ReminderServiceIntegrationTest {

    @Autowired ReminderService reminders;
    @Autowired RegistrationAdministration registrations;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired MailOutbox outbox;
    @Autowired MutableClock clock;

    private long tourId;
    private String tag;

    @BeforeEach
    void tour() {
        clock.set(FixedClockConfiguration.NOW);
        tag = UUID.randomUUID().toString().substring(0, 8);
        tourId = asOrganiser(() -> tours.create("Herinneringstour " + tag, null, LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 12, 31), "ontour@test.nl").getId());
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private static <T> T asOrganiser(java.util.function.Supplier<T> action) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), action::get);
    }

    private SessionPlan plan(Duration fromNow, SessionFormat format) {
        var start = clock.instant().plus(fromNow);
        return new SessionPlan(tourId, "UT", "Weerbaar " + tag, null, null, start, start.plus(Duration.ofHours(2)),
                format == SessionFormat.ONLINE ? null : venues.optionsFor("UT").getFirst().getId(), format,
                format == SessionFormat.IN_PERSON ? null : "https://meet.example.org/" + tag, 10, Audience.BOTH,
                Set.of(), null, null, false);
    }

    private long published(Duration fromNow, SessionFormat format) {
        return asOrganiser(() -> {
            var session = sessions.create(plan(fromNow, format));
            sessions.publish(session.getId());
            return session.getId();
        });
    }

    private void register(long session, String name, String language) {
        asOrganiser(() -> registrations.registerOnBehalf(session, new ParticipantDetails(name,
                name.toLowerCase().replace(' ', '.') + "." + tag + "@example.nl", ParticipantFunction.STATENLID, "UT",
                null, null, null, null, language)));
    }

    private List<OutboxMessage> remindersSent() {
        return asOrganiser(() -> outbox.search(new MailOutbox.LogFilter(null, "REMINDER", tag), 0, 1000).stream()
                .filter(m -> m.getType().equals("REMINDER") && m.getRecipient().contains("." + tag + "@")).toList());
    }

    @Test
    void each_reminder_is_stored_once_and_only_for_who_had_a_seat_before_it_became_due() {
        long session = published(Duration.ofDays(10), SessionFormat.IN_PERSON);
        register(session, "Anna Jansen", "nl");

        assertThat(reminders.sessionsWithReminderDue()).doesNotContain(session);
        assertThat(reminders.remind(session)).as("nothing due ten days ahead").isZero();

        clock.advance(Duration.ofDays(3).plusHours(1)); // 6 days 23 hours before: the 7-day reminder
        assertThat(reminders.sessionsWithReminderDue()).contains(session);
        assertThat(reminders.remind(session)).isEqualTo(1);
        assertThat(reminders.remind(session)).as("asking again stores nothing").isZero();

        clock.advance(Duration.ofDays(2)); // a late registration: no 7-day reminder for Bram
        register(session, "Bram Bos", "en");
        assertThat(reminders.remind(session)).isZero();

        clock.advance(Duration.ofDays(4)); // 23 hours before: the 1-day reminder for both
        assertThat(reminders.remind(session)).isEqualTo(2);

        var sent = remindersSent();
        assertThat(sent).hasSize(3);
        assertThat(sent).filteredOn(m -> m.getRecipient().startsWith("anna")).hasSize(2);
        var bram = sent.stream().filter(m -> m.getRecipient().startsWith("bram")).findFirst().orElseThrow();
        assertThat(bram.getSubject()).startsWith("Reminder: Weerbaar " + tag);
        assertThat(bram.getText()).contains("Dear Bram Bos", "Venue: ", "/sessies/" + session).doesNotContain("Online");
        assertThat(bram.getCalendarMethod()).as("the invite comes along again").isEqualTo("REQUEST");
        assertThat(bram.getCalendarIcs()).contains("METHOD:REQUEST", "UID:", "Bram Bos");
        assertThat(bram.getSender()).isEqualTo("Herinneringstour " + tag + " <ontour@test.nl>");
        assertThat(bram.getHtml()).contains("<p>Dear Bram Bos,</p>");
    }

    @Test
    void a_rescheduled_session_gets_reminders_for_its_new_time_and_no_repeat_for_the_old() {
        long session = published(Duration.ofDays(10), SessionFormat.HYBRID);
        register(session, "Cor Claassen", "nl");
        clock.advance(Duration.ofDays(3).plusHours(1));
        assertThat(reminders.remind(session)).isEqualTo(1);

        asOrganiser(() -> {
            var current = sessions.get(session);
            var moved = plan(Duration.ofDays(18), SessionFormat.HYBRID); // 3 weeks after the original start
            return sessions.update(session, current.getVersion(), moved);
        });
        assertThat(reminders.sessionsWithReminderDue()).doesNotContain(session);
        assertThat(reminders.remind(session)).as("no reminder is due for the new time yet").isZero();

        clock.advance(Duration.ofDays(11).plusHours(1)); // 7 days before the new start
        assertThat(reminders.remind(session)).isEqualTo(1);
        assertThat(reminders.remind(session)).isZero();

        var sent = remindersSent();
        assertThat(sent).hasSize(2);
        assertThat(sent.getFirst().getText()).contains("Beste Cor Claassen", "Online deelnemen: https://meet.example.org/" + tag,
                "Locatie: ");
    }

    @Test
    void a_tour_can_set_its_own_reminder_days() {
        asOrganiser(() -> tours.changeReminderDays(tourId, "3"));
        long session = published(Duration.ofDays(10), SessionFormat.ONLINE);
        register(session, "Dirk de Vries", "nl");

        clock.advance(Duration.ofDays(3).plusHours(1)); // the default 7-day point: not this tour's
        assertThat(reminders.remind(session)).isZero();
        clock.advance(Duration.ofDays(4)); // 2 days 23 hours before
        assertThat(reminders.remind(session)).isEqualTo(1);
        assertThat(remindersSent().getFirst().getText()).contains("Online deelnemen:").doesNotContain("Locatie:");
    }

    @Test
    void a_cancelled_session_reminds_nobody() {
        long session = published(Duration.ofDays(10), SessionFormat.IN_PERSON);
        register(session, "Eva Smit", "nl");
        asOrganiser(() -> sessions.cancel(session, "Zaal niet beschikbaar"));
        clock.advance(Duration.ofDays(3).plusHours(1));

        assertThat(reminders.sessionsWithReminderDue()).doesNotContain(session);
        assertThat(reminders.remind(session)).isZero();
    }
}
