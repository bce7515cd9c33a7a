package nl.weerbaarbestuur.ontour.registration.ui;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The participant's pages, anonymous: find a session, register, confirm by button, manage. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class RegistrationPagesTest extends SpringBrowserlessTest {

    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired ParticipantRegistrations registrations;
    @Autowired SeatCounts counts;
    @Autowired MutableClock clock;

    private long sessionId;
    private String title;

    @BeforeEach
    void aPublishedSession() {
        clock.set(FixedClockConfiguration.NOW);
        title = "Weerbaar <b>Groningen</b> " + UUID.randomUUID().toString().substring(0, 6);
        sessionId = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Pagina-tour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "ontour@test.nl");
            var start = LocalDateTime.of(2027, 4, 13, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var session = sessions.create(new SessionPlan(tour.getId(), "GR", title, null, "Over weerbaarheid.", start,
                    start.plus(Duration.ofMinutes(150)), venues.optionsFor("GR").getFirst().getId(), SessionFormat.IN_PERSON,
                    null, 2, Audience.BOTH, Set.of(), null, start.minus(Duration.ofDays(1)), false));
            sessions.publish(session.getId());
            return session.getId();
        });
        SignInAs.nobody();
    }

    @Test
    void the_catalogue_lists_the_session_with_its_seats_and_renders_html_in_the_title_as_text() {
        UI.getCurrent().navigate("sessies");
        var catalogue = find(Div.class).withId("catalogue").single();
        assertThat(catalogue.getElement().getTextRecursively()).contains(title).contains("Nog 2 plaatsen vrij");
        assertThat(catalogue.getElement().getOuterHTML()).doesNotContain("<b>Groningen</b>");
    }

    @Test
    void registering_asks_to_check_the_mail_and_stores_a_pending_registration() {
        UI.getCurrent().navigate("sessies/" + sessionId);
        assertThat(find(H2.class).withId("session-title").single().getText()).isEqualTo(title);

        find(TextField.class).withId("reg-name").single().setValue("Sanne Statenlid");
        find(EmailField.class).withId("reg-email").single().setValue("sanne@example.nl");
        @SuppressWarnings("unchecked")
        Select<ParticipantFunction> function = find(Select.class).withId("reg-function").single();
        function.setValue(ParticipantFunction.STATENLID);
        find(Checkbox.class).withId("reg-consent").single().setValue(true);
        test(find(Button.class).withId("reg-submit").single()).click();

        assertThat(find(Div.class).withId("check-email").single().getElement().getTextRecursively())
                .contains("Kijk in uw e-mail").contains("sanne@example.nl");
        assertThat(counts.of(sessionId).confirmed()).as("no seat before confirmation").isZero();
    }

    @Test
    void missing_consent_and_a_bad_address_get_dutch_messages_and_nothing_is_stored() {
        UI.getCurrent().navigate("sessies/" + sessionId);
        find(TextField.class).withId("reg-name").single().setValue("Piet");
        var email = find(EmailField.class).withId("reg-email").single();
        email.setValue("geen-adres");
        test(find(Button.class).withId("reg-submit").single()).click();

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("Vul een geldig e-mailadres in");
        var consentError = find(Span.class).withId("reg-consent-error").single();
        assertThat(consentError.isVisible()).isTrue();
        assertThat(consentError.getText()).contains("privacyverklaring");
        assertThat(find(Div.class).withId("check-email").exists()).isFalse();
    }

    @Test
    void opening_the_confirmation_link_changes_nothing_until_the_button_is_pressed() {
        var receipt = registrations.request(sessionId, new ParticipantDetails("Tom Twee", "tom@example.nl",
                ParticipantFunction.GRIFFIEMEDEWERKER, "GR", null, null, null, null, "nl"), true);

        UI.getCurrent().navigate("bevestigen/" + receipt.confirmationToken());
        assertThat(counts.of(sessionId).confirmed()).isZero();

        test(find(Button.class).withId("confirm").single()).click();
        assertThat(find(Div.class).withId("confirm-result").single().getElement().getTextRecursively())
                .contains("bevestigd");
        assertThat(counts.of(sessionId).confirmed()).isEqualTo(1);
    }

    @Test
    void a_wrong_confirmation_link_gets_a_clear_dutch_answer() {
        UI.getCurrent().navigate("bevestigen/niet-bestaand");
        test(find(Button.class).withId("confirm").single()).click();
        assertThat(find(Div.class).withId("confirm-result").single().getElement().getTextRecursively())
                .contains("Deze link is ongeldig");
    }

    @Test
    void the_manage_link_shows_the_registration_and_cancels_it() {
        var receipt = registrations.request(sessionId, new ParticipantDetails("Uma Uit", "uma@example.nl",
                ParticipantFunction.STATENLID, "GR", null, null, null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());

        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        assertThat(find(Paragraph.class).withId("manage-status").single().getText()).contains("bevestigd");

        test(find(Button.class).withId("manage-cancel").single()).click();
        var dialog = find(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single();
        test(dialog).confirm();

        assertThat(find(Paragraph.class).withId("manage-status").single().getText()).contains("geannuleerd");
        assertThat(counts.of(sessionId).confirmed()).isZero();
    }
}
