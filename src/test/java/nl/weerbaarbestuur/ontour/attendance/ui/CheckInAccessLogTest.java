package nl.weerbaarbestuur.ontour.attendance.ui;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.audit.AccessLogEntry;
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

/** Opening the check-in page is one access log entry; its refreshes add none; a trainer without names adds none. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class CheckInAccessLogTest extends SpringBrowserlessTest {

    @Autowired AccessLog accessLog;
    @Autowired RegistrationAdministration registrations;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired MutableClock clock;

    private long session;
    private long anna;
    private String trainerEmail;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.NOW);
        var support = new AttendanceTestSupport(tours, sessions, venues, trainers, registrations);
        trainerEmail = AttendanceTestSupport.unique("trainer").replace(' ', '.') + "@test.ontour.nl";
        session = support.session(support.tour(), "UT", SESSION_DAY, 3, support.trainer(trainerEmail));
        anna = support.register(session, AttendanceTestSupport.unique("Anna de Wit"), "UT").registrationId();
        support.register(session, AttendanceTestSupport.unique("Bert Hek"), "UT");
        clock.set(at(SESSION_DAY, 18, 45));
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private List<AccessLogEntry> entries() {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> accessLog.search(new AccessLog.Filter(null, session, null, null), 0, 100));
    }

    @Test
    void opening_the_check_in_page_writes_one_entry_and_its_refreshes_none() {
        SignInAs.role(Role.GRIFFIE, "UT");
        UI.getCurrent().navigate("aanwezigheid/" + session);
        assertThat(find(Button.class).withId("checkin-" + anna).exists()).isTrue();
        // What a check-in on another device makes this page do.
        ((CheckInView) getCurrentView()).refresh();
        ((CheckInView) getCurrentView()).refresh();

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AccessAction.CHECK_IN_SHEET);
            assertThat(e.getAccountRole()).isEqualTo("GRIFFIE");
            assertThat(e.getRowCount()).isEqualTo(2);
        });
    }

    @Test
    void a_trainer_who_sees_no_names_leaves_no_entry() {
        SignInAs.user(new nl.weerbaarbestuur.ontour.security.SignedInUser(SignInAs.NO_ACCOUNT, trainerEmail, "Trainer",
                Role.TRAINER, java.util.Set.of(), "", true));
        UI.getCurrent().navigate("aanwezigheid/" + session);

        assertThat(getCurrentView()).isInstanceOf(CheckInView.class);
        assertThat(entries()).isEmpty();
    }
}
