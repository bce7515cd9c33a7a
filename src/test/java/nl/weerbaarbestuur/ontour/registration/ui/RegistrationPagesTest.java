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
import nl.weerbaarbestuur.ontour.registration.AttendanceMode;
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
        ComboBox<ParticipantFunction> function = find(ComboBox.class).withId("reg-function").single();
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

    @Test
    void ticking_the_consent_box_clears_the_consent_message() {
        UI.getCurrent().navigate("sessies/" + sessionId);
        test(find(Button.class).withId("reg-submit").single()).click();
        var consentError = find(Span.class).withId("reg-consent-error").single();
        assertThat(consentError.isVisible()).isTrue();

        find(Checkbox.class).withId("reg-consent").single().setValue(true);

        assertThat(consentError.isVisible()).as("the message answered by the tick").isFalse();
    }

    @Test
    void function_and_province_are_combo_boxes_marked_required_not_selects() {
        UI.getCurrent().navigate("sessies/" + sessionId);
        ComboBox<?> function = find(ComboBox.class).withId("reg-function").single();
        ComboBox<?> province = find(ComboBox.class).withId("reg-province").single();
        assertThat(function.isRequiredIndicatorVisible()).isTrue();
        assertThat(province.isRequiredIndicatorVisible()).isTrue();
        assertThat(province.getValue()).as("the session's own province first").isNotNull();
        assertThat(find(com.vaadin.flow.component.select.Select.class).exists()).isFalse();
        assertThat(find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withId("reg-attendance").exists())
                .as("an in-person session asks nothing about online").isFalse();
    }

    @Test
    void after_the_button_the_page_shows_the_seat_the_calendar_file_and_the_manage_link_and_no_longer_asks() {
        var receipt = registrations.request(sessionId, new ParticipantDetails("Vera Vier", "vera@example.nl",
                ParticipantFunction.STATENLID, "GR", null, null, null, null, "nl"), true);
        UI.getCurrent().navigate("bevestigen/" + receipt.confirmationToken());
        var intro = find(Paragraph.class).withId("confirm-intro").single();
        assertThat(intro.getText()).startsWith("Klik op de knop");

        test(find(Button.class).withId("confirm").single()).click();

        assertThat(intro.isVisible()).as("no longer asks to press the button").isFalse();
        assertThat(find(Button.class).withId("confirm").exists()).as("the button is gone").isFalse();
        assertThat(find(H2.class).first().getText()).isEqualTo("Aanmelding bevestigd");
        assertThat(find(Paragraph.class).withId("confirm-status").single().getText()).contains("bevestigd");
        var calendar = find(com.vaadin.flow.component.html.Anchor.class).withId("calendar-personal").single();
        assertThat(calendar.getHref()).startsWith("agenda/mijn/").endsWith(".ics");
        var manage = find(com.vaadin.flow.component.html.Anchor.class).withId("confirm-manage").single();
        assertThat(manage.getHref()).startsWith("mijn/");
        // The link on the page is a manage link of its own, and it works.
        var token = manage.getHref().substring("mijn/".length());
        assertThat(token).isNotEqualTo(receipt.manageToken());
        assertThat(registrations.byManageToken(token).email()).isEqualTo("vera@example.nl");
        assertThat(registrations.byManageToken(receipt.manageToken()).email()).as("the mail's link still works")
                .isEqualTo("vera@example.nl");
    }

    @Test
    void opening_the_confirmation_link_again_says_it_is_already_confirmed_without_a_button() {
        var receipt = registrations.request(sessionId, new ParticipantDetails("Wim Wacht", "wim@example.nl",
                ParticipantFunction.STATENLID, "GR", null, null, null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());

        UI.getCurrent().navigate("bevestigen/" + receipt.confirmationToken());

        assertThat(find(Button.class).withId("confirm").exists()).isFalse();
        assertThat(find(Paragraph.class).withId("confirm-intro").exists()).isFalse();
        assertThat(find(Paragraph.class).withId("confirm-status").single().getText()).contains("bevestigd");
        assertThat(find(Paragraph.class).withId("confirm-already").single().getText()).contains("al eerder bevestigd");
        assertThat(counts.of(sessionId).confirmed()).isEqualTo(1);
    }

    @Test
    void the_cancel_dialog_focuses_keeping_the_registration() {
        var receipt = registrations.request(sessionId, new ParticipantDetails("Xan Focus", "xan@example.nl",
                ParticipantFunction.STATENLID, "GR", null, null, null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());
        UI.getCurrent().navigate("mijn/" + receipt.manageToken());

        test(find(Button.class).withId("manage-cancel").single()).click();

        var keep = find(Button.class).withId("manage-cancel-keep").single();
        assertThat(keep.getText()).isEqualTo("Nee, behouden");
        assertThat(keep.isAutofocus()).isTrue();
        test(keep).click();
        assertThat(find(Paragraph.class).withId("manage-status").single().getText()).contains("bevestigd");
        assertThat(counts.of(sessionId).confirmed()).isEqualTo(1);
    }

    @Test
    void a_hybrid_session_asks_on_location_or_online_and_stores_the_answer() {
        long hybrid = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Hybride-tour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "ontour@test.nl");
            var start = LocalDateTime.of(2027, 5, 11, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var session = sessions.create(new SessionPlan(tour.getId(), "GR", "Hybride avond", null, null, start,
                    start.plus(Duration.ofMinutes(120)), venues.optionsFor("GR").getFirst().getId(), SessionFormat.HYBRID,
                    "https://meet.example.nl/abc", 10, Audience.BOTH, Set.of(), null, start.minus(Duration.ofDays(1)), false));
            sessions.publish(session.getId());
            return session.getId();
        });
        SignInAs.nobody();
        UI.getCurrent().navigate("sessies/" + hybrid);
        test(find(Button.class).withId("reg-submit").single()).click();
        assertThat(find(TextField.class).withId("reg-name").single().isInvalid()).as("all messages at once").isTrue();
        assertThat(find(Span.class).withId("reg-consent-error").single().isVisible()).isTrue();
        find(TextField.class).withId("reg-name").single().setValue("Yara Hybride");
        find(EmailField.class).withId("reg-email").single().setValue("yara@example.nl");
        @SuppressWarnings("unchecked")
        ComboBox<ParticipantFunction> function = find(ComboBox.class).withId("reg-function").single();
        function.setValue(ParticipantFunction.STATENLID);
        find(Checkbox.class).withId("reg-consent").single().setValue(true);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.radiobutton.RadioButtonGroup<AttendanceMode> attendance =
                find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class).withId("reg-attendance").single();
        assertThat(attendance.getLabel()).isEqualTo("Hoe neemt u deel?");

        test(find(Button.class).withId("reg-submit").single()).click();
        assertThat(attendance.isInvalid()).isTrue();
        assertThat(attendance.getErrorMessage()).isEqualTo("Kies of u op locatie of online deelneemt.");
        assertThat(find(Div.class).withId("check-email").exists()).isFalse();

        attendance.setValue(AttendanceMode.ONLINE);
        test(find(Button.class).withId("reg-submit").single()).click();
        assertThat(find(Div.class).withId("check-email").exists()).isTrue();
        var receipt = registrations.request(hybrid, new ParticipantDetails("Yara Hybride", "yara@example.nl",
                ParticipantFunction.STATENLID, "GR", null, null, null, null, "nl", AttendanceMode.ONLINE), true);
        assertThat(registrations.byManageToken(receipt.manageToken()).attendance()).isEqualTo(AttendanceMode.ONLINE);
        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        assertThat(find(Paragraph.class).withId("manage-attendance").single().getText()).isEqualTo("Deelname: Online");
    }

    @Test
    void a_session_that_is_not_hybrid_stores_no_attendance_choice() {
        var receipt = registrations.request(sessionId, new ParticipantDetails("Zeno Zaal", "zeno@example.nl",
                ParticipantFunction.STATENLID, "GR", null, null, null, null, "nl", AttendanceMode.ONLINE), true);

        assertThat(registrations.byManageToken(receipt.manageToken()).attendance()).isNull();
        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        assertThat(find(Paragraph.class).withId("manage-attendance").exists()).isFalse();
    }
}
