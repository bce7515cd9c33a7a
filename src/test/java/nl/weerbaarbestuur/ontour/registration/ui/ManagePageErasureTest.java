package nl.weerbaarbestuur.ontour.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * "Verwijder mijn gegevens" on the manage page, contributed by the privacy module through
 * {@code ManagePageSection}: confirm, land on the done page, and the old link shows nothing.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class ManagePageErasureTest extends SpringBrowserlessTest {

    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired ParticipantRegistrations registrations;
    @Autowired RegistrationAdministration administration;
    @Autowired MutableClock clock;

    @Test
    void a_participant_erases_their_data_and_the_old_link_shows_nothing_personal() {
        clock.set(FixedClockConfiguration.NOW);
        var support = new AttendanceTestSupport(tours, sessions, venues, trainers, administration);
        long session = support.session(support.tour(), "UT", AttendanceTestSupport.SESSION_DAY, 10, null);
        var name = AttendanceTestSupport.unique("Vera Verwijder");
        var person = AttendanceTestSupport.person(name, "UT", ParticipantFunction.STATENLID);
        var receipt = registrations.request(session, person, true);
        registrations.confirm(receipt.confirmationToken());

        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        assertThat(find(Paragraph.class).withId("manage-status").single().getText()).contains("bevestigd");
        test(find(Button.class).withId("erasure-start").single()).click();
        var dialog = find(ConfirmDialog.class).withId("erasure-dialog").single();
        assertThat(dialog.getElement().getProperty("message")).contains("wachtlijst")
                .contains(person.email().charAt(0) + "•••@e•••.nl")
                .doesNotContain(person.email());
        test(dialog).confirm();

        assertThat(find(H2.class).withId("erasure-done").single().getText()).isEqualTo("Uw gegevens zijn verwijderd");

        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        assertThat(find(Paragraph.class).withId("manage-error").exists()).isTrue();
        assertThat(find(Paragraph.class).withId("manage-status").exists()).isFalse();
        var page = UI.getCurrent().getElement().getTextRecursively();
        assertThat(page).doesNotContain(name).doesNotContain(person.email()).doesNotContain("Geanonimiseerd");
    }
}
