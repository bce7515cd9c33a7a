package nl.weerbaarbestuur.ontour.attendance.ui;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.concurrent.Executors;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class CheckInViewTest extends SpringBrowserlessTest {

    @Autowired AttendanceService attendance;
    @Autowired AttendanceRecords records;
    @Autowired RegistrationAdministration registrations;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired CheckInBroadcaster broadcaster;
    @Autowired MutableClock clock;
    @Autowired nl.weerbaarbestuur.ontour.registration.CalendarAnswers calendarAnswers;

    private AttendanceTestSupport support;
    private long session;
    private long anna;
    private long bert;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.NOW);
        support = new AttendanceTestSupport(tours, sessions, venues, trainers, registrations);
        session = support.session(support.tour(), "UT", SESSION_DAY, 3, null);
        anna = support.register(session, "Anna de Wit", "UT").registrationId();
        bert = support.register(session, "Bert van 't Hek", "UT").registrationId();
        clock.set(at(SESSION_DAY, 18, 45));
        SignInAs.role(Role.ORGANISER);
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private void open() {
        UI.getCurrent().navigate("aanwezigheid/" + session);
    }

    private String counts() {
        return find(Paragraph.class).withId("checkin-counts").single().getText();
    }

    private boolean button(String id) {
        return find(Button.class).withId(id).exists();
    }

    @Test
    void one_tap_checks_someone_in_and_another_undoes_it() {
        open();
        assertThat(counts()).isEqualTo("0 van 2 ingecheckt (3 plaatsen)");

        test(find(Button.class).withId("checkin-" + anna).single()).click();

        assertThat(counts()).isEqualTo("1 van 2 ingecheckt (3 plaatsen)");
        assertThat(records.checkedIn(session)).containsExactly(anna);
        assertThat(button("checkin-" + anna)).isFalse();

        test(find(Button.class).withId("undo-" + anna).single()).click();

        assertThat(counts()).isEqualTo("0 van 2 ingecheckt (3 plaatsen)");
        assertThat(records.checkedIn(session)).isEmpty();
    }

    @Test
    void searching_by_name_leaves_only_the_matching_people() {
        open();
        test(find(TextField.class).withId("checkin-search").single()).setValue("HEK");

        assertThat(button("checkin-" + bert)).isTrue();
        assertThat(button("checkin-" + anna)).isFalse();

        test(find(TextField.class).withId("checkin-search").single()).setValue("niemand");
        assertThat(find(Paragraph.class).withId("checkin-empty").single().getText()).contains("niemand");
    }

    @Test
    void a_check_in_on_another_device_shows_up_without_reloading() throws Exception {
        open();
        assertThat(broadcaster.listenersOf(session)).isEqualTo(1);

        try (var otherDevice = Executors.newSingleThreadExecutor()) {
            otherDevice.submit(() -> SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "UT"),
                    () -> attendance.checkIn(bert))).get();
        }
        roundTrip();

        assertThat(counts()).startsWith("1 van 2");
        assertThat(button("undo-" + bert)).isTrue();
    }

    @Test
    void a_walk_in_takes_the_free_seat_and_is_checked_in_at_once() {
        open();
        test(find(Button.class).withId("walk-in-open").single()).click();
        test(find(TextField.class).withId("walk-in-name").single()).setValue("Cas Binnenloper");
        test(find(EmailField.class).withId("walk-in-email").single()).setValue("cas.binnenloper@example.nl");
        test(find(Button.class).withId("walk-in-save").single()).click();

        assertThat(counts()).isEqualTo("1 van 3 ingecheckt (3 plaatsen) · 1 ter plekke aangemeld");
        assertThat(button("walk-in-open")).as("no seat left").isFalse();
        assertThat(records.of(session).walkIns()).isEqualTo(1);
    }

    @Test
    void before_the_session_day_nothing_can_be_tapped() {
        clock.set(at(SESSION_DAY.minusDays(1), 12, 0));
        open();
        assertThat(find(Paragraph.class).withId("checkin-state").single().isVisible()).isTrue();
        assertThat(find(Button.class).withId("checkin-" + anna).single().isEnabled()).isFalse();
    }

    @Test
    void marking_the_rest_absent_is_not_offered_while_the_session_runs_and_the_page_says_when() {
        clock.set(at(SESSION_DAY, 20, 0));
        open();

        assertThat(button("mark-no-shows")).as("not before the end").isFalse();
        assertThat(find(Paragraph.class).withId("mark-no-shows-later").single().getText())
                .isEqualTo("Na afloop (21:30) kunt u hier de rest als afwezig markeren.");
        assertThat(records.of(session).noShows()).isZero();
    }

    @Test
    void check_in_opens_two_hours_before_the_start_not_at_midnight() {
        clock.set(at(SESSION_DAY, 16, 59));
        open();
        assertThat(find(Button.class).withId("checkin-" + anna).single().isEnabled()).isFalse();
        assertThat(find(Paragraph.class).withId("checkin-state").single().getText())
                .isEqualTo("Inchecken kan vanaf twee uur voor de start van de sessie, zolang de sessie niet geannuleerd is.");

        clock.set(at(SESSION_DAY, 17, 0));
        open();
        assertThat(find(Button.class).withId("checkin-" + anna).single().isEnabled()).isTrue();
        assertThat(button("mark-no-shows")).isFalse();
    }

    @Test
    void after_the_session_the_rest_is_marked_absent() {
        clock.set(at(SESSION_DAY, 18, 50));
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendance.checkIn(anna));
        clock.set(at(SESSION_DAY, 22, 0));
        open();

        assertThat(find(Paragraph.class).withId("mark-no-shows-later").exists()).as("no note after the end").isFalse();
        test(find(Button.class).withId("mark-no-shows").single()).click();
        test(find(Button.class).withId("mark-no-shows-confirm").single()).click();

        assertThat(counts()).isEqualTo("1 van 2 ingecheckt (3 plaatsen) · 1 afwezig");
        assertThat(records.of(session).noShows()).isEqualTo(1);
        assertThat(button("mark-no-shows")).isFalse();
    }

    @Test
    void a_trainer_sees_the_counts_of_its_session_but_no_names_until_the_organiser_allows_it() {
        var email = nl.weerbaarbestuur.ontour.testsupport.TestAccounts.uniqueEmail("trainer");
        long trainer = support.trainer(email);
        long led = support.session(support.tour(), "UT", SESSION_DAY, 5, trainer);
        long cees = support.register(led, "Cees Trainee", "UT").registrationId();
        var trainerUser = new nl.weerbaarbestuur.ontour.security.SignedInUser(SignInAs.NO_ACCOUNT, email, "Trainer",
                Role.TRAINER, java.util.Set.of(), "", true);
        SignInAs.user(trainerUser);
        UI.getCurrent().navigate("aanwezigheid/" + led);

        assertThat(counts()).isEqualTo("0 van 1 ingecheckt (5 plaatsen)");
        assertThat(find(Paragraph.class).withId("checkin-names-hidden").exists()).isTrue();
        assertThat(button("checkin-" + cees)).isFalse();
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("trainer-names").exists()).isFalse();

        // The permission is given in the session editor, not at the bottom of the check-in page.
        SignInAs.role(Role.ORGANISER);
        UI.getCurrent().navigate("aanwezigheid/" + led);
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("trainer-names").exists()).isFalse();
        UI.getCurrent().navigate("planning/sessie/" + led);
        test(find(com.vaadin.flow.component.checkbox.Checkbox.class).withId("trainer-names").single()).click();

        SignInAs.user(trainerUser);
        UI.getCurrent().navigate("aanwezigheid/" + session);
        UI.getCurrent().navigate("aanwezigheid/" + led);
        assertThat(find(Paragraph.class).withId("checkin-names-hidden").exists()).isFalse();
        test(find(Button.class).withId("checkin-" + cees).single()).click();
        assertThat(counts()).isEqualTo("1 van 1 ingecheckt (5 plaatsen)");
    }

    @Test
    void a_griffie_of_another_province_does_not_get_the_page() {
        SignInAs.role(Role.GRIFFIE, "NH");
        open();
        assertThat(find(Paragraph.class).withId("checkin-counts").exists()).isFalse();
        assertThat(find(H2.class).withId("error-title").single().getText()).isEqualTo("Geen toegang");
    }

    @Test
    void the_answer_in_the_calendar_shows_on_the_persons_row() {
        calendarAnswers.record(anna, nl.weerbaarbestuur.ontour.shared.CalendarAnswer.ACCEPTED);
        open();

        var rows = find(CheckInRow.class).all();
        var annaRow = rows.stream().filter(r -> r.getElement().getAttribute("data-registration").equals(String.valueOf(anna)))
                .findFirst().orElseThrow();
        var bertRow = rows.stream().filter(r -> r.getElement().getAttribute("data-registration").equals(String.valueOf(bert)))
                .findFirst().orElseThrow();
        assertThat(annaRow.getElement().getTextRecursively()).contains("Agenda: geaccepteerd");
        assertThat(bertRow.getElement().getTextRecursively()).doesNotContain("Agenda:");
    }
}
