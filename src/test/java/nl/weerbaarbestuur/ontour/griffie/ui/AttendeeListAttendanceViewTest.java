package nl.weerbaarbestuur.ontour.griffie.ui;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.planning.TrainingSession;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The attendee list after the session: filtered on checked in and no-show (what the attendance
 * module recorded) as well as on status, with a column that shows it.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class AttendeeListAttendanceViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired RegistrationAdministration registrations;
    @Autowired AttendanceService attendance;
    @Autowired MutableClock clock;

    private long session;

    /** Anna checked in, Bert did not come (no-show), Cees cancelled before; Noor (Brabant) checked in. */
    @BeforeEach
    void aSessionThatWasHeld() {
        clock.set(FixedClockConfiguration.NOW);
        TrainingSession held = new PlanningFixture(context).publishedSession("UT", PlanningFixture.uniqueTitle("Gehouden"),
                Duration.ofDays(3));
        session = held.getId();
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            long anna = register("Anna Aanwezig", "UT");
            register("Bert Afwezig", "UT");
            long cees = register("Cees Geannuleerd", "UT");
            long noor = register("Noor Brabant", "NB");
            registrations.remove(cees);
            clock.set(held.getStartsAt().minus(Duration.ofMinutes(30)));
            attendance.checkIn(anna);
            attendance.checkIn(noor);
            clock.set(held.getEndsAt().plus(Duration.ofMinutes(10)));
            assertThat(attendance.markNoShows(session)).isEqualTo(1);
            return null;
        });
    }

    @AfterEach
    void backToTheFixedClock() {
        clock.set(FixedClockConfiguration.NOW);
    }

    private long register(String name, String province) {
        return registrations.registerOnBehalf(session, new ParticipantDetails(name,
                TestAccounts.uniqueEmail(name.split(" ")[0].toLowerCase()), ParticipantFunction.STATENLID, province,
                "Fractie", null, null, null, "nl")).registrationId();
    }

    @SuppressWarnings("unchecked")
    private Grid<Attendee> open() {
        UI.getCurrent().navigate("griffie/sessie/" + session);
        return find(Grid.class).withId("attendees-grid").single();
    }

    @SuppressWarnings("unchecked")
    private void choose(StatusChoice... choices) {
        MultiSelectComboBox<StatusChoice> filter = find(MultiSelectComboBox.class).withId("attendee-status").single();
        filter.setValue(Set.of(choices));
    }

    private List<String> names(Grid<Attendee> grid) {
        var tester = test(grid);
        var names = new ArrayList<String>();
        for (int i = 0; i < tester.size(); i++) {
            names.add(tester.getRow(i).fullName());
        }
        return names;
    }

    private static StatusChoice attended(StatusChoice.Attended attended) {
        return new StatusChoice(null, attended);
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void the_griffie_filters_on_checked_in_and_on_no_show() {
        var grid = open();
        assertThat(names(grid)).containsExactly("Anna Aanwezig", "Bert Afwezig", "Cees Geannuleerd");

        choose(attended(StatusChoice.Attended.CHECKED_IN));
        assertThat(names(grid)).as("Noor of Brabant checked in too, but is not this griffie's").containsExactly("Anna Aanwezig");

        choose(attended(StatusChoice.Attended.NO_SHOW));
        assertThat(names(grid)).containsExactly("Bert Afwezig");

        choose(attended(StatusChoice.Attended.NO_SHOW), new StatusChoice(RegistrationStatus.CANCELLED, null));
        assertThat(names(grid)).as("several choices: anyone matching one of them").containsExactly("Bert Afwezig", "Cees Geannuleerd");
        assertThat(find(Span.class).withId("attendee-count").single().getText()).isEqualTo("2 aanmeldingen");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_list_shows_who_checked_in_and_who_did_not_come() {
        var grid = open();
        var shown = new ArrayList<String>();
        for (int i = 0; i < test(grid).size(); i++) {
            shown.add(test(grid).getRow(i).fullName() + ": " + ((Span) test(grid).getCellComponent(i, "attendance")).getText());
        }
        assertThat(shown).containsExactly("Anna Aanwezig: Ingecheckt om 09:30", "Bert Afwezig: Afwezig",
                "Cees Geannuleerd: ", "Noor Brabant: Ingecheckt om 09:30");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_filter_offers_the_attendance_choices_after_the_statuses() {
        open();
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<StatusChoice> filter = find(MultiSelectComboBox.class).withId("attendee-status").single();
        var labels = filter.getListDataView().getItems().map(filter.getItemLabelGenerator()).collect(Collectors.toList());
        assertThat(labels).endsWith("Ingecheckt", "Afwezig (niet gekomen)").contains("bevestigd");
    }
}
