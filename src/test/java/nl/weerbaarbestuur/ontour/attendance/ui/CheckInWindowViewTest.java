package nl.weerbaarbestuur.ontour.attendance.ui;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Duration;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The check-in page of a Utrecht griffie: Noord-Holland people only from two hours before the start. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class CheckInWindowViewTest extends SpringBrowserlessTest {

    @Autowired RegistrationAdministration registrations;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired MutableClock clock;

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    @Test
    void the_griffie_sees_people_from_other_provinces_only_once_check_in_is_open() {
        clock.set(FixedClockConfiguration.NOW);
        var support = new AttendanceTestSupport(tours, sessions, venues, trainers, registrations);
        long session = support.session(support.tour(), "UT", SESSION_DAY, 10, null);
        long own = support.register(session, "Uma Utrecht", "UT").registrationId();
        long other = support.register(session, "Noor Holland", "NH").registrationId();
        SignInAs.role(Role.GRIFFIE, "UT");

        clock.set(at(SESSION_DAY, 17, 0).minus(Duration.ofMinutes(1)));
        UI.getCurrent().navigate("aanwezigheid/" + session);
        assertThat(find(Button.class).withId("checkin-" + own).exists()).isTrue();
        assertThat(find(Button.class).withId("checkin-" + other).exists()).isFalse();
        assertThat(UI.getCurrent().getCurrentView().getElement().getTextRecursively()).doesNotContain("Noor Holland");
        assertThat(find(Paragraph.class).withId("checkin-others-hidden").single().getText())
                .startsWith("Eén deelnemer uit andere provincies ziet u vanaf");

        clock.set(at(SESSION_DAY, 17, 0));
        UI.getCurrent().navigate("aanwezigheid/" + session);
        assertThat(find(Button.class).withId("checkin-" + other).exists()).isTrue();
        assertThat(find(Paragraph.class).withId("checkin-others-hidden").exists()).as("no note once everyone shows").isFalse();
    }
}
