package nl.weerbaarbestuur.ontour.griffie;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

@SpringBootTest
@Import(FixedClockConfiguration.class)
class GriffieHomeIntegrationTest {

    @Autowired GriffieHome home;
    @Autowired RegistrationAdministration registrations;
    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;

    private SignedInUser griffie;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.NOW);
        griffie = new SignedInUser(SignInAs.NO_ACCOUNT, TestAccounts.uniqueEmail("griffie.dr"), "Griffie Drenthe",
                Role.GRIFFIE, Set.of("DR"), "", true);
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private long register(long session, String name, String province) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(session,
                new ParticipantDetails(name, TestAccounts.uniqueEmail("p"), ParticipantFunction.STATENLID, province, null,
                        null, null, null, "nl")).registrationId());
    }

    @Test
    void the_home_shows_sessions_here_people_elsewhere_counts_and_what_changed_since_the_last_visit() {
        var fixture = new PlanningFixture(context);
        long inDrenthe = fixture.publishedSession("DR", PlanningFixture.uniqueTitle("In Assen"), Duration.ofDays(10)).getId();
        long inGroningen = fixture.publishedSession("GR", PlanningFixture.uniqueTitle("In Groningen"), Duration.ofDays(12)).getId();
        SignInAs.user(griffie);
        var before = home.visit("DR");
        assertThat(before.previousVisit()).as("first visit").isNull();
        assertThat(before.changes()).isEmpty();
        clock.advance(Duration.ofMinutes(1));

        register(inDrenthe, "Drent Thuis", "DR");
        long away = register(inGroningen, "Drent Elders", "DR");
        register(inGroningen, "Groninger", "GR");
        clock.advance(Duration.ofHours(2));

        var after = home.visit("DR");

        assertThat(after.previousVisit()).isEqualTo(FixedClockConfiguration.NOW);
        assertThat(after.sessionsHere()).extracting(GriffieHome.SessionHere::sessionId).contains(inDrenthe).doesNotContain(inGroningen);
        assertThat(after.elsewhere()).extracting(p -> p.attendee().registrationId()).contains(away);
        assertThat(after.elsewhere()).extracting(p -> p.attendee().fullName()).doesNotContain("Groninger", "Drent Thuis");
        assertThat(after.counts().confirmed() - before.counts().confirmed()).isEqualTo(2);
        assertThat(after.changes()).extracting(c -> c.attendee().fullName()).contains("Drent Thuis", "Drent Elders")
                .doesNotContain("Groninger");

        var third = home.visit("DR");
        assertThat(third.changes()).extracting(c -> c.attendee().fullName()).as("nothing new since the visit just now")
                .doesNotContain("Drent Thuis", "Drent Elders");
    }

    @Test
    void a_griffie_cannot_open_the_home_of_another_province() {
        SignInAs.user(griffie);
        assertThatThrownBy(() -> home.visit("GR")).isInstanceOf(AccessDeniedException.class);
    }
}
