package nl.weerbaarbestuur.ontour.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.html.Section;
import java.time.Duration;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicLong;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.attendance.DemoAttendanceForTests;
import nl.weerbaarbestuur.ontour.planning.DemoTourForTests;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.DemoRegistrationsForTests;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A first start with demo data shows an overview with work on it: registrations to approve, a full
 * session with a waitlist, and a session in the coming two weeks; the session held two weeks ago
 * has its check-ins. Everything runs in one transaction that is rolled back (the test database is
 * shared), the overview included: the browserless UI runs in the test's thread.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class DemoDataDashboardTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired TransactionTemplate transaction;
    @Autowired PlanningService planning;
    @Autowired Attendees attendees;
    @Autowired SeatCounts seats;
    @Autowired AttendanceRecords attendance;
    @Autowired nl.weerbaarbestuur.ontour.testsupport.MutableClock clock;

    @Test
    void a_first_start_with_demo_data_shows_registrations_check_ins_and_work_on_the_overview() {
        // The clock is shared by the tests of this context; another may have moved it.
        clock.set(FixedClockConfiguration.NOW);
        var registrations = DemoRegistrationsForTests.listener(context);
        var checkIns = DemoAttendanceForTests.listener(context);
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            var tour = new AtomicLong();
            DemoTourForTests.plan(context, planned -> {
                tour.set(planned.tourId());
                registrations.accept(planned);
                checkIns.accept(planned);
            });
            SignInAs.role(Role.ORGANISER);
            var sessions = planning.search(new SessionFilter(tour.get(), null, null, null, null, null));
            var now = FixedClockConfiguration.NOW;

            var soon = sessions.stream().filter(s -> s.status() == SessionStatus.PUBLISHED && s.startsAt().isAfter(now)
                    && s.startsAt().isBefore(now.plus(Duration.ofDays(14)))).toList();
            assertThat(soon).as("a session in the coming two weeks").hasSize(1);
            var full = soon.getFirst();
            assertThat(full.format()).isEqualTo(SessionFormat.HYBRID);
            assertThat(full.griffieApprovalRequired()).isTrue();
            assertThat(count(full, RegistrationStatus.CONFIRMED)).isEqualTo(full.capacity());
            assertThat(count(full, RegistrationStatus.WAITLISTED)).isEqualTo(2);
            assertThat(count(full, RegistrationStatus.AWAITING_APPROVAL)).isEqualTo(1);
            assertThat(count(full, RegistrationStatus.CANCELLED)).isEqualTo(1);
            var fill = seats.fill(java.util.List.of(full.id())).get(full.id());
            assertThat(fill.confirmed()).isEqualTo(full.capacity());
            assertThat(fill.inPerson()).as("on location").isPositive();
            assertThat(fill.online()).as("online").isPositive();

            var held = sessions.stream().filter(s -> s.status() == SessionStatus.COMPLETED).toList();
            assertThat(held).hasSize(1);
            var figures = attendance.of(held.getFirst().id());
            assertThat(figures.checkedIn()).isEqualTo(count(held.getFirst(), RegistrationStatus.CONFIRMED) - 2).isPositive();
            assertThat(figures.noShows()).isEqualTo(2);

            var everyone = sessions.stream().flatMap(s -> attendees.all(s.id(), AttendeeFilter.all()).stream()).toList();
            assertThat(everyone).isNotEmpty().extracting(Attendee::email).allMatch(e -> e.endsWith("@example.org"));
            assertThat(everyone).extracting(Attendee::createdAt).allMatch(at -> !at.isAfter(now));

            navigate(DashboardView.class);
            assertThat(task("approvals")).contains(full.title());
            assertThat(task("full")).contains(full.title());
            assertThat(task("soon")).contains(full.title()).contains(full.capacity() + " van " + full.capacity() + " plaatsen bezet");
            SignInAs.nobody();
        });
    }

    private long count(SessionFacts session, RegistrationStatus status) {
        return attendees.count(session.id(), new AttendeeFilter(null, EnumSet.of(status)));
    }

    private String task(String name) {
        return find(Section.class).withId("task-" + name).single().getElement().getTextRecursively();
    }
}
