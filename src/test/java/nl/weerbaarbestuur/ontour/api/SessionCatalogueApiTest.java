package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** The public catalogue: GET /api/v1/sessions and GET /api/v1/sessions/{id}, without signing in. */
class SessionCatalogueApiTest extends ApiTestSupport {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void the_list_shows_only_published_upcoming_sessions_with_every_seat_left() {
        long tour = newTour();
        long published = publishedSession(validSession(tour));
        long draft = createSession(validSession(tour));
        long cancelled = publishedSession(validSession(tour));
        asAdmin("POST", "/api/v1/sessions/" + cancelled + "/cancel", Map.of("reason", "Zaal niet beschikbaar."));
        long past = publishedSession(validSession(tour));
        var yesterday = Instant.now().minus(1, ChronoUnit.DAYS);
        jdbc.update("update training_session set starts_at = ?, ends_at = ? where id = ?",
                Timestamp.from(yesterday), Timestamp.from(yesterday.plus(2, ChronoUnit.HOURS)), past);

        var response = get("/api/v1/sessions?tour=" + tour);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(ids(response.json())).containsExactly(published).doesNotContain(draft, cancelled, past);
        var session = response.json().get(0);
        assertThat(session.propertyNames()).as("one flat object").containsExactlyInAnyOrder("id", "tourId", "title",
                "topic", "description", "province", "provinceCode", "startsAt", "endsAt", "venue", "format", "audience",
                "capacity", "seatsLeft", "waitlistLength", "status", "registrationOpensAt", "registrationClosesAt");
        assertThat(session.path("tourId").asLong()).isEqualTo(tour);
        assertThat(session.path("status").asString()).isEqualTo("PUBLISHED");
        assertThat(session.path("capacity").asInt()).isEqualTo(25);
        assertThat(session.path("seatsLeft").asInt()).isEqualTo(25);
        assertThat(session.path("waitlistLength").asInt()).isZero();
        assertThat(session.path("province").asString()).isEqualTo("Fryslân");
        assertThat(session.path("provinceCode").asString()).isEqualTo("FR");
        assertThat(session.path("format").asString()).isEqualTo("IN_PERSON");
        assertThat(session.path("venue").path("name").asString()).isNotBlank();
        assertThat(session.path("venue").path("address").asString()).isEqualTo("Tweebaksmarkt 52, 8911 KZ Leeuwarden");
        assertThat(session.path("startsAt").asString()).matches(".*T19:00:00\\+0[12]:00");
    }

    @Test
    void the_public_never_sees_a_meeting_link_nor_a_version() {
        long tour = newTour();
        var body = validSession(tour);
        body.put("format", "HYBRID");
        body.put("meetingUrl", "https://meet.example.org/geheim-8c1f");
        long id = publishedSession(body);

        var list = get("/api/v1/sessions?tour=" + tour);
        var one = get("/api/v1/sessions/" + id);

        assertThat(one.status()).isEqualTo(200);
        for (var response : new Response[]{list, one}) {
            assertThat(response.body()).doesNotContain("geheim-8c1f").doesNotContain("meetingUrl").doesNotContain("\"version\"");
        }
        assertThat(one.json().path("venue").path("name").asString()).isNotBlank();
        assertThat(one.json().path("seatsLeft").asInt()).isEqualTo(25);
    }

    @Test
    void the_list_is_filtered_by_province_name_or_code_and_by_tour() {
        long tour = newTour();
        var friesland = validSession(tour);
        long fr = publishedSession(friesland);
        var brabant = validSession(tour);
        brabant.put("province", "Noord-Brabant");
        long nb = publishedSession(brabant);
        long otherTour = publishedSession(validSession(newTour()));

        assertThat(ids(get("/api/v1/sessions?tour=" + tour).json())).containsExactly(fr, nb).doesNotContain(otherTour);
        assertThat(ids(get("/api/v1/sessions?tour=" + tour + "&province=Fryslân").json())).containsExactly(fr);
        assertThat(ids(get("/api/v1/sessions?tour=" + tour + "&province=NB").json())).containsExactly(nb);
        assertThat(ids(get("/api/v1/sessions?province=fr").json())).contains(fr, otherTour).doesNotContain(nb);
    }

    @Test
    void an_unknown_province_filter_gets_a_dutch_message() {
        var response = get("/api/v1/sessions?province=Atlantis");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.error("province")).startsWith("Deze provincie kennen we niet.");
    }

    @Test
    void a_tour_filter_that_is_not_a_number_gets_400() {
        var response = get("/api/v1/sessions?tour=drie");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error("tour")).startsWith("Deze waarde heeft niet de juiste vorm.");
    }

    @Test
    void an_unknown_session_gets_404_as_a_problem() {
        var response = get("/api/v1/sessions/987654321");

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("title").asString()).isEqualTo("Niet gevonden");
        assertThat(response.json().path("detail").asString()).isEqualTo("Wat u zoekt bestaat niet (meer).");
    }

    @Test
    void a_draft_is_not_found_by_the_public_but_is_by_its_organiser() {
        long id = createSession(validSession(newTour()));

        assertThat(get("/api/v1/sessions/" + id).status()).isEqualTo(404);
        var organiser = asAdmin("GET", "/api/v1/sessions/" + id, null);
        assertThat(organiser.status()).isEqualTo(200);
        assertThat(organiser.json().path("status").asString()).isEqualTo("DRAFT");
    }

    @Test
    void an_unknown_api_path_gets_a_problem_and_never_a_redirect() {
        var anonymous = get("/api/v1/nope");
        var organiser = asAdmin("GET", "/api/v1/nope", null);

        assertThat(anonymous.status()).as("nothing is revealed before signing in").isEqualTo(401);
        assertThat(organiser.status()).isEqualTo(404);
        assertThat(organiser.contentType()).startsWith("application/problem+json");
        assertThat(organiser.json().path("title").asString()).isEqualTo("Niet gevonden");
    }

    @Test
    void a_method_the_catalogue_does_not_have_gets_405_as_a_problem() {
        var response = asAdmin("DELETE", "/api/v1/sessions/1", null);

        assertThat(response.status()).isEqualTo(405);
        assertThat(response.json().path("title").asString()).isEqualTo("Methode niet toegestaan");
    }

    private static ArrayList<Long> ids(JsonNode list) {
        var ids = new ArrayList<Long>();
        list.forEach(node -> ids.add(node.path("id").asLong()));
        return ids;
    }
}
