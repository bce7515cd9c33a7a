package nl.weerbaarbestuur.ontour.calendar;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/** The .ics downloads and feeds over real HTTP: what they contain, what they never contain, and 404s that say nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ontour.base-url=https://ontour.example.nl", "ontour.calendar.update-check=PT1H"})
@Import(FixedClockConfiguration.class)
class CalendarDownloadsTest {

    private static final String MEETING = "https://meet.example.nl/geheim-";

    @LocalServerPort int port;
    @Autowired ParticipantRegistrations registrations;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired CalendarFeeds feeds;

    private final HttpClient http = HttpClient.newHttpClient();

    record Planned(long tourId, long sessionId, String meetingUrl) {
    }

    private Planned hybridSession(String province) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Feedtour " + UUID.randomUUID(), null, LocalDate.of(2027, 1, 1),
                    LocalDate.of(2027, 12, 31), "tour@weerbaarbestuur.nl");
            var start = LocalDateTime.of(2027, 5, 11, 19, 0).atZone(DutchTime.ZONE).toInstant();
            var link = MEETING + UUID.randomUUID();
            var session = sessions.create(new SessionPlan(tour.getId(), province, "Weerbaar in Fryslân 🛡️", null,
                    "Wat neemt u mee?", start, start.plus(Duration.ofMinutes(150)),
                    venues.optionsFor(province).getFirst().getId(), SessionFormat.HYBRID, link, 10, Audience.BOTH,
                    Set.of(), null, null, false));
            sessions.publish(session.getId());
            return new Planned(tour.getId(), session.getId(), link);
        });
    }

    private String registerConfirmed(long sessionId, String name) {
        var receipt = registrations.request(sessionId, new ParticipantDetails(name, name.toLowerCase().replace(' ', '.')
                + "+feed@Example.nl", ParticipantFunction.STATENLID, "FR", null, null, null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());
        return receipt.manageToken();
    }

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void assertNoPersonalData(String ics, String meetingUrl) {
        assertThat(ics).doesNotContain("ATTENDEE", "Fenna", "fenna", "feed@example.nl", "mailto:fenna", "/mijn/", meetingUrl,
                "meet.example.nl");
    }

    @Test
    void the_public_file_of_a_session_has_no_names_and_no_meeting_link() throws Exception {
        var planned = hybridSession("FR");
        registerConfirmed(planned.sessionId(), "Fenna Friesland");

        var response = get("/agenda/sessie/" + planned.sessionId() + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .contains("text/calendar", "charset=UTF-8", "method=PUBLISH");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(response.body()).contains("METHOD:PUBLISH\r\n", "UID:session-" + planned.sessionId() + "@ontour",
                "SUMMARY:Weerbaar in Fryslân 🛡️", "URL:https://ontour.example.nl/sessies/" + planned.sessionId());
        assertNoPersonalData(response.body(), planned.meetingUrl());
        InviteComposerTest.assertLinesWithin75OctetsAndWholeCharacters(response.body());

        assertThat(get("/agenda/sessie/99999999.ics").statusCode()).isEqualTo(404);
        assertThat(get("/agenda/sessie/abc.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void the_personal_file_is_the_participants_request_with_their_manage_link() throws Exception {
        var planned = hybridSession("FR");
        var token = registerConfirmed(planned.sessionId(), "Fenna Eigen");

        var response = get("/agenda/mijn/" + token + ".ics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).contains("method=REQUEST");
        assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        var unfolded = InviteComposer.unfold(response.body());
        assertThat(unfolded).contains("METHOD:REQUEST", "ATTENDEE;CN=Fenna Eigen", "https://ontour.example.nl/mijn/" + token,
                "Online deelnemen: " + planned.meetingUrl());

        var wrong = get("/agenda/mijn/" + token.substring(1) + "x.ics");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).doesNotContain("Fenna");
    }

    @Test
    void public_feeds_per_tour_and_province_answer_304_when_unchanged_and_name_nobody() throws Exception {
        var planned = hybridSession("FR");
        registerConfirmed(planned.sessionId(), "Fenna Feed");

        var tour = get("/agenda/tour/" + planned.tourId() + ".ics");
        assertThat(tour.statusCode()).isEqualTo(200);
        assertThat(tour.headers().firstValue("Content-Type").orElseThrow()).contains("text/calendar", "charset=UTF-8");
        var etag = tour.headers().firstValue("ETag").orElseThrow();
        assertThat(tour.headers().firstValue("Last-Modified")).isPresent();
        assertThat(tour.body()).contains("METHOD:PUBLISH\r\n", "X-WR-CALNAME:Feedtour", "UID:session-" + planned.sessionId());
        assertNoPersonalData(tour.body(), planned.meetingUrl());

        var again = get("/agenda/tour/" + planned.tourId() + ".ics", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        var province = get("/agenda/provincie/fr.ics");
        assertThat(province.statusCode()).isEqualTo(200);
        assertThat(province.body()).contains("UID:session-" + planned.sessionId() + "@ontour");
        assertNoPersonalData(province.body(), planned.meetingUrl());

        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> sessions.cancel(planned.sessionId(), "Storm."));
        var cancelled = get("/agenda/tour/" + planned.tourId() + ".ics", "If-None-Match", etag);
        assertThat(cancelled.statusCode()).as("changed: no 304").isEqualTo(200);
        assertThat(cancelled.body()).contains("STATUS:CANCELLED\r\n");

        assertThat(get("/agenda/tour/99999999.ics").statusCode()).isEqualTo(404);
        assertThat(get("/agenda/provincie/XX.ics").statusCode()).isEqualTo(404);
    }

    @Test
    void a_private_feed_works_until_revoked_and_a_wrong_token_reveals_nothing() throws Exception {
        var planned = hybridSession("FR");
        var manageToken = registerConfirmed(planned.sessionId(), "Fenna Prive");
        var feedToken = feeds.createParticipantFeed(manageToken).orElseThrow();

        var mine = get("/agenda/feed/" + feedToken + ".ics");
        assertThat(mine.statusCode()).isEqualTo(200);
        assertThat(mine.body()).contains("UID:session-" + planned.sessionId() + "@ontour");
        assertNoPersonalData(mine.body(), planned.meetingUrl());

        var wrong = get("/agenda/feed/" + feedToken.substring(2) + "ab.ics");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.body()).isEmpty();

        assertThat(feeds.revokeParticipantFeeds(manageToken)).isEqualTo(1);
        var revoked = get("/agenda/feed/" + feedToken + ".ics");
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEqualTo(wrong.body());
    }

    @Test
    void a_griffie_makes_a_feed_for_its_own_province_only() throws Exception {
        var planned = hybridSession("FR");
        registerConfirmed(planned.sessionId(), "Fenna Griffie");
        var griffie = SignInAs.withoutAccount(Role.GRIFFIE, "FR");

        var token = SignInAs.as(griffie, () -> feeds.createProvinceFeed("FR"));
        var feed = get("/agenda/feed/" + token + ".ics");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(InviteComposer.unfold(feed.body())).contains("UID:session-" + planned.sessionId(), "Aanmeldingen (bevestigd): ");
        assertNoPersonalData(feed.body(), planned.meetingUrl());

        assertThatThrownBy(() -> SignInAs.as(griffie, () -> feeds.createProvinceFeed("UT")))
                .isInstanceOf(AccessDeniedException.class);
        var links = SignInAs.as(griffie, () -> feeds.provinceFeeds("FR"));
        assertThat(links).isNotEmpty();
        // The newest is the one just made: the highest id. The list's order (newest first) cannot tell
        // it from the Fryslân feeds other tests, or an earlier run on the same database, made at the
        // same instant of the fixed clock.
        var justMade = links.stream().max(java.util.Comparator.comparingLong(CalendarFeeds.FeedLink::id)).orElseThrow();
        SignInAs.as(griffie, () -> {
            feeds.revokeProvinceFeed(justMade.id());
            return null;
        });
        assertThat(get("/agenda/feed/" + token + ".ics").statusCode()).isEqualTo(404);
    }
}
