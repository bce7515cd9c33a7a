package nl.weerbaarbestuur.ontour.reminder;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
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
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The follow-up: the day after, from 09:00, once, only to those checked in. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class FollowUpServiceTest {

    @Autowired FollowUpService followUps;
    @Autowired AttendanceService attendance;
    @Autowired RegistrationAdministration registrations;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired MailOutbox outbox;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private static <T> T asOrganiser(java.util.function.Supplier<T> action) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), action);
    }

    @Test
    void those_checked_in_get_one_follow_up_from_nine_the_next_morning_for_a_week() {
        clock.set(FixedClockConfiguration.NOW);
        var tag = UUID.randomUUID().toString().substring(0, 8);
        var start = LocalDateTime.of(2027, 2, 3, 19, 0).atZone(DutchTime.ZONE).toInstant();
        long session = asOrganiser(() -> {
            var tour = tours.create("Nazorgtour " + tag, null, LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), "nazorg@test.nl");
            var s = sessions.create(new SessionPlan(tour.getId(), "NB", "Na afloop " + tag, null, null, start,
                    start.plus(Duration.ofHours(2)), venues.optionsFor("NB").getFirst().getId(), SessionFormat.IN_PERSON, null,
                    20, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(s.getId());
            return s.getId();
        });
        var anna = asOrganiser(() -> registrations.registerOnBehalf(session, new ParticipantDetails("Anna " + tag,
                "anna." + tag + "@example.nl", ParticipantFunction.STATENLID, "NB", null, null, null, null, "nl")));
        asOrganiser(() -> registrations.registerOnBehalf(session, new ParticipantDetails("Bram " + tag,
                "bram." + tag + "@example.nl", ParticipantFunction.STATENLID, "NB", null, null, null, null, "en")));

        clock.set(start.minus(Duration.ofMinutes(30)));
        asOrganiser(() -> attendance.checkIn(anna.registrationId()));

        clock.set(LocalDateTime.of(2027, 2, 4, 8, 59).atZone(DutchTime.ZONE).toInstant());
        assertThat(followUps.sessionsDue()).doesNotContain(session);
        assertThat(followUps.followUp(session)).isZero();

        clock.set(LocalDateTime.of(2027, 2, 4, 9, 0).atZone(DutchTime.ZONE).toInstant());
        assertThat(followUps.sessionsDue()).contains(session);
        assertThat(followUps.followUp(session)).isEqualTo(1);
        assertThat(followUps.followUp(session)).as("once").isZero();

        var sent = asOrganiser(() -> outbox.search(new MailOutbox.LogFilter(null, "FOLLOW_UP", tag), 0, 1000).stream()
                .filter(m -> m.getType().equals("FOLLOW_UP") && m.getRecipient().contains(tag)).toList());
        assertThat(sent).extracting(OutboxMessage::getRecipient).containsExactly("anna." + tag + "@example.nl");
        assertThat(sent.getFirst().getSubject()).isEqualTo("Bedankt voor uw deelname: Na afloop " + tag);
        assertThat(sent.getFirst().getText()).contains("Beste Anna " + tag, "mailto:nazorg@test.nl", "vertrouwenspersonen", "112");

        clock.set(LocalDateTime.of(2027, 2, 11, 9, 0).atZone(DutchTime.ZONE).toInstant());
        assertThat(followUps.sessionsDue()).as("a week later it would only surprise").doesNotContain(session);
    }
}
