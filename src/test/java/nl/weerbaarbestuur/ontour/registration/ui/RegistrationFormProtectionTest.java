package nl.weerbaarbestuur.ontour.registration.ui;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.combobox.ComboBox;
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

/**
 * The form on the session page is held to the same limits as the API (they live in the service),
 * refuses names that carry links, and an ended registration's link shows its status only.
 */
@SpringBootTest(properties = {"ontour.registration.rate-limit.mails-per-recipient-per-hour=3",
        "ontour.registration.rate-limit.requests-per-client-per-hour=8"})
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class RegistrationFormProtectionTest extends SpringBrowserlessTest {

    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired ParticipantRegistrations registrations;
    @Autowired MutableClock clock;

    private long sessionId;
    private java.time.Instant end;

    @BeforeEach
    void aPublishedSession() {
        clock.set(FixedClockConfiguration.NOW);
        var start = LocalDateTime.of(2027, 4, 14, 19, 0).atZone(DutchTime.ZONE).toInstant();
        end = start.plus(Duration.ofMinutes(150));
        sessionId = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Beschermde tour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "ontour@test.nl");
            var session = sessions.create(new SessionPlan(tour.getId(), "GR", "Weerbaar " + UUID.randomUUID(), null, "Over weerbaarheid.",
                    start, end, venues.optionsFor("GR").getFirst().getId(), SessionFormat.IN_PERSON,
                    null, 20, Audience.BOTH, Set.of(), null, start.minus(Duration.ofDays(1)), false));
            sessions.publish(session.getId());
            return session.getId();
        });
        SignInAs.nobody();
    }

    private void submit(String name, String email) {
        UI.getCurrent().navigate("sessies/" + sessionId);
        find(TextField.class).withId("reg-name").single().setValue(name);
        find(EmailField.class).withId("reg-email").single().setValue(email);
        @SuppressWarnings("unchecked")
        ComboBox<ParticipantFunction> function = find(ComboBox.class).withId("reg-function").single();
        function.setValue(ParticipantFunction.STATENLID);
        find(Checkbox.class).withId("reg-consent").single().setValue(true);
        test(find(Button.class).withId("reg-submit").single()).click();
    }

    /** What the page shows: its paragraphs and the values of its text areas. */
    private String pageText() {
        var text = new StringBuilder();
        find(Paragraph.class).all().forEach(p -> text.append(p.getText()).append('\n'));
        find(com.vaadin.flow.component.textfield.TextArea.class).all().forEach(a -> text.append(a.getValue()).append('\n'));
        return text.toString();
    }

    @Test
    void the_form_sends_at_most_three_mails_an_hour_to_one_address() {
        var email = "herhaal-" + UUID.randomUUID().toString().substring(0, 8) + "@example.nl";
        for (int i = 0; i < 3; i++) {
            submit("Henk Herhaal", email);
            assertThat(find(Div.class).withId("check-email").exists()).as("submission %d", i + 1).isTrue();
        }

        submit("Henk Herhaal", email);

        assertThat(find(Div.class).withId("check-email").exists()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).contains("afgelopen uur al meerdere e-mails");

        clock.advance(Duration.ofMinutes(61));
        submit("Henk Herhaal", email);
        assertThat(find(Div.class).withId("check-email").exists()).isTrue();
    }

    @Test
    void the_form_counts_requests_per_client_address() {
        // A fresh hour of its own: the other tests here submit at most five times within one.
        clock.set(FixedClockConfiguration.NOW.plus(Duration.ofDays(20)));
        for (int i = 0; i < 8; i++) {
            submit("Client " + i, "client-" + UUID.randomUUID() + "@example.nl");
            assertThat(find(Div.class).withId("check-email").exists()).as("submission %d", i + 1).isTrue();
        }

        submit("Client 9", "client-" + UUID.randomUUID() + "@example.nl");

        assertThat(find(Div.class).withId("check-email").exists()).isFalse();
        assertThat(test(find(Notification.class).last()).getText()).contains("te veel aanmeldingen");
    }

    @Test
    void a_name_that_carries_a_link_is_refused_in_the_form() {
        submit("Klik hier: https://evil.example/inloggen", "slachtoffer-" + UUID.randomUUID() + "@example.nl");

        var name = find(TextField.class).withId("reg-name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).contains("geen webadres");
        assertThat(find(Div.class).withId("check-email").exists()).isFalse();
    }

    @Test
    void a_cancelled_registrations_link_shows_the_status_but_no_personal_data() {
        var receipt = registrations.request(sessionId, new ParticipantDetails("Vera Verborgen", "vera-" + UUID.randomUUID() + "@example.nl",
                ParticipantFunction.STATENLID, "GR", "Fractie Geheim", "rolstoel", "halal", "liever vooraan", "nl"), true);
        registrations.confirm(receipt.confirmationToken());
        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        assertThat(pageText()).contains("Vera Verborgen");

        registrations.cancel(receipt.manageToken());
        UI.getCurrent().navigate("sessies");
        UI.getCurrent().navigate("mijn/" + receipt.manageToken());

        var page = pageText();
        assertThat(find(Paragraph.class).withId("manage-status").single().getText()).contains("geannuleerd");
        assertThat(find(Paragraph.class).withId("manage-closed").exists()).isTrue();
        assertThat(page).doesNotContain("Vera", "@example.nl", "rolstoel", "halal", "vooraan", "Fractie Geheim");
    }

    @Test
    void once_the_session_is_over_the_link_shows_the_status_only() {
        var receipt = registrations.request(sessionId, new ParticipantDetails("Wim Weg", "wim-" + UUID.randomUUID() + "@example.nl",
                ParticipantFunction.STATENLID, "GR", null, "gehoorlus", null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());

        clock.set(end.plus(Duration.ofMinutes(1)));
        UI.getCurrent().navigate("mijn/" + receipt.manageToken());

        var page = pageText();
        assertThat(find(Paragraph.class).withId("manage-status").single().getText()).contains("bevestigd");
        assertThat(page).doesNotContain("Wim Weg", "@example.nl", "gehoorlus");
        assertThat(find(Button.class).withId("manage-cancel").exists()).isFalse();
    }
}
