package nl.weerbaarbestuur.ontour.registration.ui;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
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

/** "Zet in mijn agenda" on the session page (download, Google, Outlook.com) and the personal file on the manage page. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class CalendarLinksTest extends SpringBrowserlessTest {

    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired ParticipantRegistrations registrations;
    @Autowired MutableClock clock;

    private long sessionId;

    @BeforeEach
    void aPublishedSession() {
        clock.set(FixedClockConfiguration.NOW);
        sessionId = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Linktour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "ontour@test.nl");
            var start = LocalDateTime.of(2027, 4, 13, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var session = sessions.create(new SessionPlan(tour.getId(), "GR", "Weerbaar & veilig", null, null, start,
                    start.plus(Duration.ofMinutes(150)), venues.optionsFor("GR").getFirst().getId(), SessionFormat.HYBRID,
                    "https://meet.example.nl/geheim", 1, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(session.getId());
            return session.getId();
        });
        SignInAs.nobody();
    }

    @Test
    void the_session_page_offers_the_file_and_google_and_outlook_links_without_the_meeting_link() {
        UI.getCurrent().navigate("sessies/" + sessionId);

        assertThat(find(Anchor.class).withId("calendar-download").single().getHref())
                .isEqualTo("agenda/sessie/" + sessionId + ".ics");
        var google = find(Anchor.class).withId("calendar-google").single().getHref();
        assertThat(google).startsWith("https://calendar.google.com/calendar/render?action=TEMPLATE&text=Weerbaar%20%26%20veilig")
                .contains("&dates=20270413T170000Z/20270413T193000Z", "&ctz=Europe/Amsterdam", "&location=Provinciehuis");
        var outlook = find(Anchor.class).withId("calendar-outlook").single().getHref();
        assertThat(outlook).startsWith("https://outlook.live.com/calendar/0/action/compose?rru=addevent")
                .contains("&startdt=2027-04-13T17:00:00Z", "&enddt=2027-04-13T19:30:00Z");
        assertThat(google + outlook).doesNotContain("meet.example.nl");
    }

    @Test
    void the_manage_page_offers_the_personal_file_only_with_a_seat() {
        var first = registrations.request(sessionId, person("Greet Eerste"), true);
        var second = registrations.request(sessionId, person("Gert Tweede"), true);
        registrations.confirm(first.confirmationToken());
        registrations.confirm(second.confirmationToken());

        UI.getCurrent().navigate("mijn/" + first.manageToken());
        assertThat(find(Anchor.class).withId("calendar-personal").single().getHref())
                .isEqualTo("agenda/mijn/" + first.manageToken() + ".ics");

        UI.getCurrent().navigate("mijn/" + second.manageToken());
        assertThat(find(Anchor.class).withId("calendar-personal").all()).as("waitlisted: nothing to put in a calendar").isEmpty();
    }

    private static ParticipantDetails person(String name) {
        return new ParticipantDetails(name, name.toLowerCase().replace(' ', '.') + "-" + UUID.randomUUID().toString().substring(0, 5)
                + "@example.nl", ParticipantFunction.STATENLID, "GR", null, null, null, null, "nl");
    }
}
