package nl.weerbaarbestuur.ontour.attendance;

import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.AttendeeCheckedIn;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.Translations;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.event.TransactionalEventListener;

@SpringBootTest
@Import({FixedClockConfiguration.class, AttendanceServiceIntegrationTest.CommittedCheckIns.class})
class AttendanceServiceIntegrationTest {

    /** Counts the check-in events of transactions that committed. */
    @TestConfiguration(proxyBeanMethods = false)
    static class CommittedCheckIns {
        private final List<AttendeeCheckedIn> events = new CopyOnWriteArrayList<>();

        List<AttendeeCheckedIn> events() {
            return events;
        }

        @TransactionalEventListener
        void on(AttendeeCheckedIn event) {
            events.add(event);
        }
    }

    @Autowired AttendanceService attendance;
    @Autowired AttendanceRecords records;
    @Autowired ParticipantRegistrations registrations;
    @Autowired SeatCounts counts;
    @Autowired RegistrationAdministration administration;
    @Autowired Attendees attendees;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired MutableClock clock;
    @Autowired CommittedCheckIns committed;

    private AttendanceTestSupport support;
    private long tourId;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.NOW);
        support = new AttendanceTestSupport(tours, sessions, venues, trainers, administration);
        tourId = support.tour();
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private void onTheDayAt(int hour, int minute) {
        clock.set(at(SESSION_DAY, hour, minute));
    }

    private long eventsFor(long registrationId) {
        return committed.events().stream().filter(e -> e.registrationId() == registrationId).count();
    }

    @Test
    void a_confirmed_attendee_is_checked_in_once_and_the_check_in_can_be_undone() {
        long session = support.session(tourId, "UT", SESSION_DAY, 10, null);
        long anna = support.register(session, "Anna Jansen", "UT").registrationId();
        onTheDayAt(18, 45);
        SignInAs.role(Role.ORGANISER);

        var first = attendance.checkIn(anna);
        var second = attendance.checkIn(anna);

        assertThat(first.changed()).isTrue();
        assertThat(first.checkedInAt()).isEqualTo(at(SESSION_DAY, 18, 45));
        assertThat(second.changed()).as("a second tap changes nothing").isFalse();
        assertThat(records.checkedIn(session)).containsExactly(anna);
        assertThat(eventsFor(anna)).isEqualTo(1);
        assertThat(attendance.sheet(session).checkedIn()).isEqualTo(1);

        assertThat(attendance.undoCheckIn(anna)).isTrue();
        assertThat(attendance.undoCheckIn(anna)).isFalse();
        assertThat(records.checkedIn(session)).isEmpty();
        assertThat(records.of(session)).isEqualTo(new AttendanceRecords.SessionAttendance(session, 0, 0, 0));
    }

    @Test
    void a_check_in_for_a_cancelled_registration_is_refused_with_a_clear_dutch_message() {
        long session = support.session(tourId, "UT", SESSION_DAY, 10, null);
        var bram = support.register(session, "Bram Bos", "UT");
        registrations.cancel(bram.manageToken());
        onTheDayAt(18, 50);
        SignInAs.role(Role.ORGANISER);

        assertThatThrownBy(() -> attendance.checkIn(bram.registrationId()))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("results.attendance.error.cancelled");
                    assertThat(new Translations().dutch(e.messageKey(), e.arguments()))
                            .isEqualTo("De aanmelding van Bram Bos is geannuleerd; inchecken kan niet.");
                });
        assertThat(records.checkedIn(session)).isEmpty();
    }

    @Test
    void check_in_opens_two_hours_before_the_start_not_before() {
        long session = support.session(tourId, "UT", SESSION_DAY, 10, null);
        long cor = support.register(session, "Cor Claassen", "UT").registrationId();
        clock.set(at(SESSION_DAY, 16, 59));
        SignInAs.role(Role.ORGANISER);

        assertThatThrownBy(() -> attendance.checkIn(cor)).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("results.attendance.error.too-early");
            assertThat(new Translations().dutch(e.messageKey(), e.arguments()))
                    .isEqualTo("Inchecken kan vanaf twee uur voor de start (di 11 mei 2027, 17:00).");
        });
        assertThat(attendance.sheet(session).open()).isFalse();

        clock.set(at(SESSION_DAY, 17, 0));
        assertThat(attendance.checkIn(cor).changed()).isTrue();
    }

    @Test
    void two_devices_checking_in_the_same_attendees_at_once_record_each_check_in_once_without_errors() throws Exception {
        long session = support.session(tourId, "UT", SESSION_DAY, 20, null);
        var people = new ArrayList<Long>();
        for (int i = 0; i < 8; i++) {
            people.add(support.register(session, AttendanceTestSupport.unique("Gelijktijdig"), "UT").registrationId());
        }
        onTheDayAt(18, 55);
        var deviceA = SignInAs.withoutAccount(Role.ORGANISER);
        var deviceB = new SignedInUser(SignInAs.NO_ACCOUNT, "griffie.ut@test.ontour.nl", "Griffie", Role.GRIFFIE,
                java.util.Set.of("UT"), "", true);

        var outcomes = new ArrayList<Future<AttendanceService.CheckInOutcome>>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (long person : people) {
                var start = new CountDownLatch(1);
                var ready = new CountDownLatch(2);
                for (var device : List.of(deviceA, deviceB)) {
                    outcomes.add(pool.submit(() -> {
                        ready.countDown();
                        start.await();
                        return SignInAs.as(device, () -> attendance.checkIn(person));
                    }));
                }
                ready.await();
                start.countDown();
            }
            var changed = 0;
            for (var outcome : outcomes) {
                if (outcome.get().changed()) {
                    changed++;
                }
            }
            assertThat(changed).as("exactly one of each pair of taps checks in").isEqualTo(people.size());
        }
        assertThat(records.checkedIn(session)).containsExactlyInAnyOrderElementsOf(people);
        for (long person : people) {
            assertThat(eventsFor(person)).as("one event per person").isEqualTo(1);
        }
    }

    @Test
    void a_griffie_checks_in_only_at_sessions_in_its_own_province() {
        long utrecht = support.session(tourId, "UT", SESSION_DAY, 10, null);
        long dirk = support.register(utrecht, "Dirk de Vries", "UT").registrationId();
        onTheDayAt(19, 5);

        SignInAs.role(Role.GRIFFIE, "NH");
        assertThatThrownBy(() -> attendance.checkIn(dirk)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.sheet(utrecht)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.markNoShows(utrecht)).isInstanceOf(AccessDeniedException.class);
        assertThat(records.checkedIn(utrecht)).isEmpty();

        SignInAs.role(Role.GRIFFIE, "UT");
        assertThat(attendance.checkIn(dirk).changed()).isTrue();
        assertThat(attendance.sheet(utrecht).rows()).extracting(CheckInSheet.Row::fullName).containsExactly("Dirk de Vries");
    }

    @Test
    void a_trainer_sees_counts_not_names_until_an_organiser_allows_it_for_the_session() {
        var email = TestAccounts.uniqueEmail("trainer");
        long trainer = support.trainer(email);
        long led = support.session(tourId, "UT", SESSION_DAY, 10, trainer);
        long ida = support.register(led, "Ida Incognito", "UT").registrationId();
        long jan = support.register(led, "Jan Janssen", "UT").registrationId();
        onTheDayAt(19, 0);
        SignInAs.role(Role.ORGANISER);
        attendance.checkIn(jan);
        var trainerUser = new SignedInUser(SignInAs.NO_ACCOUNT, email, "Trainer", Role.TRAINER, java.util.Set.of(), "", true);
        SignInAs.user(trainerUser);

        var hidden = attendance.sheet(led);
        assertThat(hidden.namesHidden()).isTrue();
        assertThat(hidden.confirmed()).isEqualTo(2);
        assertThat(hidden.checkedIn()).isEqualTo(1);
        assertThat(hidden.rows()).extracting(CheckInSheet.Row::fullName).containsOnly("");
        assertThat(hidden.rows()).extracting(CheckInSheet.Row::function).containsOnlyNulls();
        assertThatThrownBy(() -> attendance.checkIn(ida)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> attendance.allowTrainersNames(led, true)).isInstanceOf(AccessDeniedException.class);

        SignInAs.role(Role.ORGANISER);
        attendance.allowTrainersNames(led, true);
        SignInAs.user(trainerUser);
        assertThat(attendance.sheet(led).rows()).extracting(CheckInSheet.Row::fullName)
                .containsExactly("Ida Incognito", "Jan Janssen");
        assertThat(attendance.checkIn(ida).changed()).isTrue();

        SignInAs.role(Role.ORGANISER);
        attendance.allowTrainersNames(led, false);
        SignInAs.user(trainerUser);
        assertThat(attendance.sheet(led).namesHidden()).isTrue();
    }

    @Test
    void a_trainer_checks_in_at_the_sessions_it_leads_only_and_registers_no_walk_ins() {
        var email = TestAccounts.uniqueEmail("trainer");
        long trainer = support.trainer(email);
        long led = support.session(tourId, "UT", SESSION_DAY, 10, trainer);
        long other = support.session(tourId, "UT", SESSION_DAY, 10, null);
        long eva = support.register(led, "Eva Evers", "UT").registrationId();
        long frank = support.register(other, "Frank Fransen", "UT").registrationId();
        onTheDayAt(19, 0);
        SignInAs.role(Role.ORGANISER);
        attendance.allowTrainersNames(led, true);
        attendance.allowTrainersNames(other, true);
        SignInAs.user(new SignedInUser(SignInAs.NO_ACCOUNT, email.toUpperCase(), "Trainer", Role.TRAINER,
                java.util.Set.of(), "", true));

        assertThat(attendance.checkIn(eva).changed()).isTrue();
        assertThatThrownBy(() -> attendance.checkIn(frank)).isInstanceOf(AccessDeniedException.class);
        assertThat(attendance.sheet(led).mayWalkIn()).isFalse();
        assertThatThrownBy(() -> attendance.walkIn(led, person("Gijs Gast", "UT", ParticipantFunction.STATENLID)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void after_the_session_the_confirmed_people_not_checked_in_are_marked_no_show_and_not_before() {
        long session = support.session(tourId, "UT", SESSION_DAY, 10, null);
        long present = support.register(session, "Hanna Hier", "UT").registrationId();
        long absent1 = support.register(session, "Ids Afwezig", "UT").registrationId();
        long absent2 = support.register(session, "Jan Afwezig", "UT").registrationId();
        var cancelled = support.register(session, "Kees Geannuleerd", "UT");
        registrations.cancel(cancelled.manageToken());
        onTheDayAt(19, 10);
        SignInAs.role(Role.ORGANISER);
        attendance.checkIn(present);

        onTheDayAt(21, 29);
        assertThatThrownBy(() -> attendance.markNoShows(session)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("results.attendance.error.not-ended"));

        onTheDayAt(21, 30);
        assertThat(attendance.markNoShows(session)).isEqualTo(2);
        assertThat(attendance.markNoShows(session)).as("marking twice marks nobody again").isZero();
        assertThat(records.of(session)).isEqualTo(new AttendanceRecords.SessionAttendance(session, 1, 0, 2));
        var rows = attendance.sheet(session).rows();
        assertThat(rows).filteredOn(CheckInSheet.Row::noShow).extracting(CheckInSheet.Row::registrationId)
                .containsExactlyInAnyOrder(absent1, absent2);

        // Someone arrived late after all: checking in corrects the no-show.
        attendance.checkIn(absent1);
        assertThat(records.of(session)).isEqualTo(new AttendanceRecords.SessionAttendance(session, 2, 0, 1));
    }

    @Test
    void a_walk_in_takes_a_free_seat_and_is_checked_in_but_a_full_session_keeps_nothing() {
        long session = support.session(tourId, "UT", SESSION_DAY, 2, null);
        support.register(session, "Lies Leden", "UT");
        onTheDayAt(18, 40);
        SignInAs.role(Role.GRIFFIE, "UT");
        assertThat(attendance.sheet(session).mayWalkIn()).isTrue();

        var walkIn = attendance.walkIn(session, person("Mark Meteen", "UT", ParticipantFunction.STATENLID));

        assertThat(walkIn.changed()).isTrue();
        assertThat(records.of(session)).isEqualTo(new AttendanceRecords.SessionAttendance(session, 1, 1, 0));
        var sheet = attendance.sheet(session);
        assertThat(sheet.confirmed()).isEqualTo(2);
        assertThat(sheet.mayWalkIn()).as("the session is full now").isFalse();
        assertThat(counts.of(session).confirmed()).isEqualTo(2);

        assertThatThrownBy(() -> attendance.walkIn(session, person("Nora Nogeen", "UT", ParticipantFunction.STATENLID)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("results.attendance.error.walk-in-full"));
        assertThat(attendees.all(session, AttendeeFilter.all())).extracting(Attendee::fullName)
                .as("no waitlist place for the one at the door").doesNotContain("Nora Nogeen");
        assertThat(counts.of(session).waitlisted()).isZero();
    }
}
