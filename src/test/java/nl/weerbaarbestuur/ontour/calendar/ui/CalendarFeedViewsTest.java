package nl.weerbaarbestuur.ontour.calendar.ui;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.calendar.CalendarFeeds;
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
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** The subscription pages: a participant's own feed link from the manage link, a griffie's province links. */
@SpringBootTest(properties = "ontour.base-url=https://ontour.example.nl")
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class CalendarFeedViewsTest extends SpringBrowserlessTest {

    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired ParticipantRegistrations registrations;
    @Autowired CalendarFeeds feeds;

    private long session() {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Abonnementtour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "ontour@test.nl");
            var start = LocalDateTime.of(2027, 6, 8, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var created = sessions.create(new SessionPlan(tour.getId(), "ZE", "Weerbaar in Zeeland", null, null, start,
                    start.plus(Duration.ofMinutes(150)), venues.optionsFor("ZE").getFirst().getId(), SessionFormat.IN_PERSON,
                    null, 5, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
    }

    @Test
    void a_participant_makes_a_feed_link_that_shows_their_session_and_can_revoke_it() {
        long session = session();
        var receipt = registrations.request(session, new ParticipantDetails("Zeger Zeeuw", "zeger-" + UUID.randomUUID()
                .toString().substring(0, 5) + "@example.nl", ParticipantFunction.STATENLID, "ZE", null, null, null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());
        SignInAs.nobody();

        UI.getCurrent().navigate("mijn/" + receipt.manageToken());
        assertThat(find(Anchor.class).withId("calendar-subscribe").single().getHref())
                .isEqualTo("agenda-abonnement/" + receipt.manageToken());
        UI.getCurrent().navigate("agenda-abonnement/" + receipt.manageToken());
        test(find(Button.class).withId("subscribe-create").single()).click();

        var url = find(TextField.class).withId("feed-url").single().getValue();
        assertThat(url).startsWith("https://ontour.example.nl/agenda/feed/").endsWith(".ics");
        assertThat(find(Anchor.class).withId("feed-webcal").single().getHref()).startsWith("webcal://ontour.example.nl/agenda/feed/");
        var token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(feeds.privateFeed(token).orElseThrow().ics()).contains("UID:session-" + session + "@ontour")
                .doesNotContain("Zeger");

        test(find(Button.class).withId("subscribe-revoke").single()).click();
        assertThat(feeds.privateFeed(token)).isEmpty();
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "ZE")
    void a_griffie_sees_only_its_province_makes_a_link_and_revokes_it() {
        UI.getCurrent().navigate("agenda-links");
        @SuppressWarnings("unchecked")
        Select<String> province = find(Select.class).withId("feed-province").single();
        assertThat(province.getValue()).isEqualTo("ZE");
        assertThat(province.getListDataView().getItems().toList()).containsExactly("ZE");

        test(find(Button.class).withId("feed-create").single()).click();
        var url = find(TextField.class).withId("feed-url").single().getValue();
        var token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        assertThat(feeds.privateFeed(token)).isPresent();
        @SuppressWarnings("unchecked")
        Grid<CalendarFeeds.FeedLink> grid = find(Grid.class).withId("feed-links").single();
        // The newest link (the database may hold older ones of this province, e.g. on MariaDB).
        int row = 0;
        for (int i = 0; i < test(grid).size(); i++) {
            if (test(grid).getRow(i).id() > test(grid).getRow(row).id()) {
                row = i;
            }
        }
        assertThat(test(grid).getCellText(row, 2)).isEqualTo("Actief");

        test((Button) test(grid).getCellComponent(row, 3)).click();
        assertThat(feeds.privateFeed(token)).isEmpty();
    }
}
