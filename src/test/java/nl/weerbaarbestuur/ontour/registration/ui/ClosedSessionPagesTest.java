package nl.weerbaarbestuur.ontour.registration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.calendar.CalendarFeeds;
import nl.weerbaarbestuur.ontour.calendar.CalendarInvites;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.Venue;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * A closed session (besloten) for anonymous visitors: not in the catalogue or on the home page,
 * not at /sessies/{id}; reachable through its invitation link (which registers), dead after
 * revocation; its address only for confirmed participants (manage page, REQUEST invite), the
 * public entries name the town.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class ClosedSessionPagesTest extends SpringBrowserlessTest {

    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired ParticipantRegistrations registrations;
    @Autowired Attendees attendees;
    @Autowired SessionInvitations invitations;
    @Autowired PlanningService planning;
    @Autowired CalendarInvites calendarInvites;
    @Autowired CalendarFeeds feeds;
    @Autowired MutableClock clock;

    private long sessionId;
    private String title;
    private String token;
    private Venue venue;

    @BeforeEach
    void aClosedSession() {
        clock.set(FixedClockConfiguration.NOW);
        title = "Besloten overleg " + UUID.randomUUID().toString().substring(0, 6);
        venue = venues.optionsFor("GR").getFirst();
        var invitation = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Besloten tour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "ontour@test.nl");
            var start = LocalDateTime.of(2027, 4, 14, 16, 0).atZone(DutchTime.ZONE).toInstant();
            var session = sessions.create(new SessionPlan(tour.getId(), "GR", title, null, "Alleen op uitnodiging.", start,
                    start.plus(Duration.ofMinutes(120)), venue.getId(), SessionFormat.IN_PERSON,
                    null, 5, Audience.BOTH, Set.of(), null, start.minus(Duration.ofDays(1)), false));
            sessions.publish(session.getId());
            sessionId = session.getId();
            return invitations.setClosed(session.getId(), true);
        });
        token = invitation.link().substring(invitation.link().lastIndexOf('/') + 1);
        SignInAs.nobody();
    }

    private static ParticipantDetails person(String name) {
        return new ParticipantDetails(name, name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 5)
                + "@example.nl", ParticipantFunction.STATENLID, "GR", null, null, null, null, "nl");
    }

    private String pageText() {
        var text = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
        assertThat(text).as("the page has text to search").isNotBlank();
        return text;
    }

    private boolean notFound() {
        return find(H2.class).withId("error-title").exists()
                && find(H2.class).withId("error-title").single().getText().equals("Pagina niet gevonden");
    }

    @Test
    void a_closed_session_is_not_in_the_catalogue_nor_on_the_home_page_nor_at_its_public_address() {
        UI.getCurrent().navigate("sessies");
        assertThat(find(Div.class).withId("catalogue").single().getElement().getTextRecursively()).doesNotContain(title);
        UI.getCurrent().navigate("");
        assertThat(pageText()).doesNotContain(title);
        assertThat(planning.publicSessions(null, null)).noneMatch(s -> s.id() == sessionId);

        UI.getCurrent().navigate("sessies/" + sessionId);
        assertThat(notFound()).isTrue();
        assertThat(pageText()).doesNotContain(title);
        var closedPage = pageText();
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class).withId("error-session-hint").single().getText())
                .contains("persoonlijke link");

        // The session link in a participant's mails leads here: the same words as for a session that
        // never existed, so the page says nothing about which closed sessions there are.
        UI.getCurrent().navigate("sessies/999999999");
        assertThat(pageText()).isEqualTo(closedPage);
    }

    @Test
    void the_invitation_link_shows_the_town_only_and_takes_a_registration() {
        UI.getCurrent().navigate("uitnodiging/" + token);
        assertThat(find(H2.class).withId("session-title").single().getText()).isEqualTo(title);
        assertThat(find(Div.class).withId("session-town").single().getElement().getTextRecursively()).contains(venue.getCity());
        assertThat(pageText()).doesNotContain(venue.getStreet()).doesNotContain(venue.getName());

        find(TextField.class).withId("reg-name").single().setValue("Ineke Uitgenodigd");
        find(EmailField.class).withId("reg-email").single().setValue("ineke." + UUID.randomUUID().toString().substring(0, 5) + "@example.nl");
        @SuppressWarnings("unchecked")
        ComboBox<ParticipantFunction> function = find(ComboBox.class).withId("reg-function").single();
        function.setValue(ParticipantFunction.STATENLID);
        find(Checkbox.class).withId("reg-consent").single().setValue(true);
        test(find(Button.class).withId("reg-submit").single()).click();

        assertThat(find(Div.class).withId("check-email").exists()).isTrue();
        var stored = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendees.all(sessionId, AttendeeFilter.all()));
        assertThat(stored).anyMatch(r -> r.fullName().equals("Ineke Uitgenodigd"));
    }

    @Test
    void a_revoked_invitation_link_leads_nowhere_and_a_new_one_does() {
        var renewed = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> invitations.renew(sessionId));
        UI.getCurrent().navigate("uitnodiging/" + token);
        assertThat(notFound()).as("the old link after a new one").isTrue();

        var newToken = renewed.link().substring(renewed.link().lastIndexOf('/') + 1);
        UI.getCurrent().navigate("uitnodiging/" + newToken);
        assertThat(find(H2.class).withId("session-title").single().getText()).isEqualTo(title);

        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> invitations.revoke(sessionId));
        UI.getCurrent().navigate("uitnodiging/" + newToken);
        assertThat(notFound()).isTrue();
        assertThat(invitations.sessionFor(newToken)).isEmpty();
    }

    @Test
    void without_the_invitation_a_registration_for_a_closed_session_is_not_found() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registrations.request(sessionId, person("Zonder Link"), true))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void only_a_confirmed_participant_sees_the_address_on_the_manage_page_and_in_the_invite() {
        var receipt = registrations.request(sessionId, person("Bart Bevestigd"), true, token);
        assertThat(planning.publicSession(sessionId).orElseThrow().place().address()).isNull();
        assertThat(planning.publicSession(sessionId).orElseThrow().place().town()).isEqualTo(venue.getCity());

        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        var pending = find(Paragraph.class).withId("manage-session").single().getText();
        assertThat(pending).contains(venue.getCity()).doesNotContain(venue.getStreet());

        registrations.confirm(receipt.confirmationToken());
        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        assertThat(find(Paragraph.class).withId("manage-session").single().getText()).contains(venue.getStreet());

        // The participant's own invite (METHOD:REQUEST) names the full address ...
        var request = unfold(calendarInvites.personalDownload(receipt.manageToken()).orElseThrow().ics());
        assertThat(request).contains("METHOD:REQUEST").containsPattern("LOCATION:[^\\r\\n]*" + java.util.regex.Pattern.quote(venue.getStreet()));
        // ... their calendar feed (METHOD:PUBLISH, a file that travels) only the town, without coordinates.
        var feedToken = feeds.createParticipantFeed(receipt.manageToken()).orElseThrow();
        var publish = unfold(feeds.privateFeed(feedToken).orElseThrow().ics());
        assertThat(publish).contains("METHOD:PUBLISH").contains(title).contains("LOCATION:" + venue.getCity())
                .doesNotContain(venue.getStreet()).doesNotContain("GEO:");
    }

    @Test
    void a_waitlisted_or_pending_participant_sees_the_town_only() {
        var receipt = registrations.request(sessionId, person("Wim Wachtend"), true, token);
        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        assertThat(find(Paragraph.class).withId("manage-session").single().getText()).doesNotContain(venue.getStreet());
        assertThat(calendarInvites.personalDownload(receipt.manageToken())).as("no invite before confirmation").isEmpty();
    }

    private static String unfold(String ics) {
        return ics.replace("\r\n ", "").replace("\r\n\t", "");
    }
}
