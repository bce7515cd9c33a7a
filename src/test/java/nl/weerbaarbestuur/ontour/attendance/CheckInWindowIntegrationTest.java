package nl.weerbaarbestuur.ontour.attendance;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
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
import org.springframework.security.access.AccessDeniedException;

/**
 * The griffie of the session's province sees participants from other provinces on the check-in
 * sheet only from two hours before the start until the end of that day (Amsterdam); before and
 * after, only its own province's people. Session: 11 May 2027, 19:00-21:30 in Utrecht.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class CheckInWindowIntegrationTest {

    @Autowired AttendanceService attendance;
    @Autowired RegistrationAdministration registrations;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired MutableClock clock;

    private long session;
    private long utrecht;
    private long noordHolland;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.NOW);
        var support = new AttendanceTestSupport(tours, sessions, venues, trainers, registrations);
        session = support.session(support.tour(), "UT", SESSION_DAY, 10, null);
        utrecht = support.register(session, "Ursula Utrecht", "UT").registrationId();
        noordHolland = support.register(session, "Nico Noord", "NH").registrationId();
        SignInAs.role(Role.GRIFFIE, "UT");
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private java.util.List<Long> visible() {
        return attendance.sheet(session).rows().stream().map(CheckInSheet.Row::registrationId).toList();
    }

    @Test
    void weeks_before_the_session_the_griffie_sees_only_its_own_province() {
        assertThat(visible()).containsExactly(utrecht);
        var sheet = attendance.sheet(session);
        assertThat(sheet.othersHidden()).isEqualTo(1);
        assertThat(sheet.confirmed()).as("hidden people still hold their seats").isEqualTo(2);
    }

    @Test
    void others_appear_exactly_two_hours_before_the_start_and_not_a_minute_earlier() {
        clock.set(at(SESSION_DAY, 17, 0).minus(Duration.ofMinutes(1)));
        assertThat(visible()).containsExactly(utrecht);
        clock.set(at(SESSION_DAY, 17, 0));
        assertThat(visible()).containsExactlyInAnyOrder(utrecht, noordHolland);
        assertThat(attendance.sheet(session).othersHidden()).isZero();
    }

    @Test
    void others_stay_until_the_end_of_the_day_and_are_gone_at_midnight() {
        clock.set(at(SESSION_DAY.plusDays(1), 0, 0).minusMillis(1));
        assertThat(visible()).containsExactlyInAnyOrder(utrecht, noordHolland);
        clock.set(at(SESSION_DAY.plusDays(1), 0, 0));
        assertThat(visible()).containsExactly(utrecht);
    }

    @Test
    void outside_the_window_the_griffie_cannot_check_in_someone_from_another_province() {
        clock.set(at(SESSION_DAY, 16, 59));
        assertThatThrownBy(() -> attendance.checkIn(noordHolland)).isInstanceOf(AccessDeniedException.class);
        // Check-in itself opens with the window (two hours before the start), for its own people too.
        assertThatThrownBy(() -> attendance.checkIn(utrecht)).isInstanceOf(nl.weerbaarbestuur.ontour.shared.BusinessRuleException.class);

        clock.set(at(SESSION_DAY, 17, 0));
        assertThat(attendance.checkIn(utrecht).changed()).isTrue();
        assertThat(attendance.checkIn(noordHolland).changed()).isTrue();
    }

    @Test
    void an_organiser_sees_everyone_at_any_time() {
        SignInAs.role(Role.ORGANISER);
        assertThat(visible()).containsExactlyInAnyOrder(utrecht, noordHolland);
    }
}
