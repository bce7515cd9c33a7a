package nl.weerbaarbestuur.ontour.audit.ui;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.audit.AccessLogEntry;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The organisers' access log view filters by user, session and period; a griffie cannot open it. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class AccessLogViewTest extends SpringBrowserlessTest {

    @Autowired Attendees attendees;
    @Autowired RegistrationAdministration registrations;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired MutableClock clock;

    private long first;
    private long second;
    private SignedInUser griffie;
    private SignedInUser organiser;

    @BeforeEach
    void twoSessionsSeenByTwoPeopleOnTwoDays() {
        clock.set(FixedClockConfiguration.NOW);
        var support = new AttendanceTestSupport(tours, sessions, venues, trainers, registrations);
        first = support.session(support.tour(), "UT", SESSION_DAY, 10, null);
        second = support.session(support.tour(), "UT", SESSION_DAY, 10, null);
        support.register(first, AttendanceTestSupport.unique("Anna"), "UT");
        var id = AttendanceTestSupport.unique("").strip();
        griffie = new SignedInUser(901, "griffie." + id + "@test.ontour.nl", "Gerda " + id, Role.GRIFFIE, Set.of("UT"), "", true);
        organiser = new SignedInUser(902, "organisator." + id + "@test.ontour.nl", "Olga " + id, Role.ORGANISER, Set.of(), "", true);
        clock.set(at(LocalDate.of(2027, 4, 1), 9, 0));
        SignInAs.as(griffie, () -> attendees.open(first));
        clock.set(at(LocalDate.of(2027, 4, 2), 9, 0));
        SignInAs.as(organiser, () -> attendees.open(first));
        SignInAs.as(organiser, () -> attendees.open(second));
    }

    @SuppressWarnings("unchecked")
    private List<String> rows() {
        Grid<AccessLogEntry> grid = find(Grid.class).withId("access-log").single();
        var rows = new ArrayList<String>();
        for (int i = 0; i < test(grid).size(); i++) {
            var e = test(grid).getRow(i);
            rows.add(e.getAccountEmail() + " " + e.getSessionId() + " " + e.getAccessedAt());
        }
        return rows;
    }

    @SuppressWarnings("unchecked")
    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_organiser_filters_by_user_session_and_period() {
        UI.getCurrent().navigate("beheer/toegang");
        assertThat(find(H2.class).single().getText()).isEqualTo("Toegangslog");

        ComboBox<String> account = find(ComboBox.class).withId("access-account").single();
        test(account).selectItem(organiser.email());
        assertThat(rows()).containsExactly(organiser.email() + " " + second + " " + at(LocalDate.of(2027, 4, 2), 9, 0),
                organiser.email() + " " + first + " " + at(LocalDate.of(2027, 4, 2), 9, 0));

        account.clear();
        ComboBox<AccessLog.SessionRef> session = find(ComboBox.class).withId("access-session").single();
        session.setValue(new AccessLog.SessionRef(first, session.getListDataView().getItems()
                .filter(s -> s.id() == first).findFirst().orElseThrow().title()));
        assertThat(rows()).containsExactly(organiser.email() + " " + first + " " + at(LocalDate.of(2027, 4, 2), 9, 0),
                griffie.email() + " " + first + " " + at(LocalDate.of(2027, 4, 1), 9, 0));

        find(DatePicker.class).withId("access-from").single().setValue(LocalDate.of(2027, 4, 1));
        find(DatePicker.class).withId("access-to").single().setValue(LocalDate.of(2027, 4, 1));
        assertThat(rows()).containsExactly(griffie.email() + " " + first + " " + at(LocalDate.of(2027, 4, 1), 9, 0));
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_old_export_log_address_leads_to_the_access_log() {
        UI.getCurrent().navigate("beheer/exports");

        assertThat(getCurrentView()).isInstanceOf(AccessLogView.class);
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_cannot_open_the_access_log() {
        UI.getCurrent().navigate("beheer/toegang");

        assertThat(getCurrentView()).isNotInstanceOf(AccessLogView.class);
        assertThat(find(H2.class).withId("error-title").single().getText()).isEqualTo("Geen toegang");
    }
}
