package nl.weerbaarbestuur.ontour.privacy.ui;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.EmailField;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The organisers' privacy page: the last retention run with "Nu uitvoeren", and erasure on request with a receipt. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class PrivacyAdminViewTest extends SpringBrowserlessTest {

    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired RegistrationAdministration registrations;
    @Autowired MutableClock clock;

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void an_organiser_runs_the_retention_now_and_sees_the_counts_per_rule() {
        UI.getCurrent().navigate("beheer/privacy");
        test(find(Button.class).withId("retention-run-now").single()).click();

        var lastRun = find(Div.class).withId("retention-last-run").single().getElement().getTextRecursively();
        assertThat(lastRun).contains("Laatst uitgevoerd").contains("door een organisator");
        assertThat(find(ListItem.class).withId("retention-count-anonymised").single().getText())
                .startsWith("Aanmeldingen geanonimiseerd");
        assertThat(find(ListItem.class).withId("retention-count-sent-mail-bodies").exists()).isTrue();
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void an_organiser_previews_and_erases_an_address_and_gets_a_receipt() {
        clock.set(FixedClockConfiguration.NOW);
        var support = new AttendanceTestSupport(tours, sessions, venues, trainers, registrations);
        long session = support.session(support.tour(), "UT", AttendanceTestSupport.SESSION_DAY, 10, null);
        var name = AttendanceTestSupport.unique("Brief Schrijver");
        support.register(session, name, "UT");
        var address = AttendanceTestSupport.person(name, "UT", ParticipantFunction.STATENLID).email();

        UI.getCurrent().navigate("beheer/privacy");
        test(find(EmailField.class).withId("erasure-email").single()).setValue(address);
        test(find(Button.class).withId("erasure-preview").single()).click();
        assertThat(find(Div.class).withId("erasure-result").single().getElement().getTextRecursively())
                .contains("1 aanmelding(en) geanonimiseerd").contains("1 daarvan eerst geannuleerd");

        test(find(Button.class).withId("erasure-confirm").single()).click();

        var receipt = find(Div.class).withId("erasure-receipt").single().getElement().getTextRecursively();
        assertThat(receipt).contains("Verwijderd op").contains("1 aanmelding(en) geanonimiseerd").contains("Sessie: Weerbaar");
        assertThat(receipt).doesNotContain(address);
        assertThat(find(com.vaadin.flow.component.html.Anchor.class).withId("erasure-download").exists()).isTrue();

        test(find(EmailField.class).withId("erasure-email").single()).setValue(address);
        test(find(Button.class).withId("erasure-preview").single()).click();
        assertThat(find(Div.class).withId("erasure-result").single().getElement().getTextRecursively())
                .contains("geen gegevens bewaard");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_user_cannot_open_the_privacy_page() {
        UI.getCurrent().navigate("beheer/privacy");
        assertThat(find(Button.class).withId("retention-run-now").exists()).isFalse();
        assertThat(find(H2.class).withId("error-title").single().getText()).isIn("Geen toegang", "Pagina niet gevonden");
    }
}
