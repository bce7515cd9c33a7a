package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.junit.jupiter.api.Test;

/** POST, PATCH, publish and cancel under /api/v1/sessions, and every way they can be refused. */
class SessionPlanningApiTest extends ApiTestSupport {

    @Test
    void an_organiser_creates_a_session_and_gets_201_with_its_location() {
        long tour = newTour();
        var body = validSession(tour);

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).as(response.body()).isEqualTo(201);
        var json = response.json();
        long id = json.path("id").asLong();
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/api/v1/sessions/" + id));
        assertThat(json.path("status").asString()).isEqualTo("DRAFT");
        assertThat(json.path("tourId").asLong()).isEqualTo(tour);
        assertThat(json.path("provinceCode").asString()).isEqualTo("FR");
        assertThat(json.path("province").asString()).isEqualTo("Fryslân");
        assertThat(json.path("capacity").asInt()).isEqualTo(25);
        assertThat(json.path("version").isNumber()).isTrue();
        assertThat(json.path("venue").path("name").asString()).as("the provinciehuis by default").isNotBlank();
        assertThat(json.path("venue").path("address").asString()).contains("Leeuwarden");

        var location = response.headers().firstValue("Location").orElseThrow();
        var fetched = asAdmin("GET", URI.create(location).getPath(), null);
        assertThat(fetched.status()).as("the organiser can read the new draft at its location").isEqualTo(200);
        assertThat(fetched.json().path("title").asString()).isEqualTo(body.get("title"));
    }

    @Test
    void times_are_accepted_in_any_offset_and_answered_in_amsterdam_time() {
        var body = validSession(newTour());
        var start = evening(19).withOffsetSameInstant(java.time.ZoneOffset.UTC);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(2).toString());

        var json = asAdmin("POST", "/api/v1/sessions", body).json();

        var answered = OffsetDateTime.parse(json.path("startsAt").asString());
        assertThat(answered.toInstant()).isEqualTo(start.toInstant());
        assertThat(answered.getOffset()).isEqualTo(DutchTime.ZONE.getRules().getOffset(start.toInstant()));
    }

    @Test
    void a_province_is_found_by_its_name_or_its_code() {
        long tour = newTour();
        for (var given : List.of("Fryslân", "FR", "fr", "Noord-Brabant")) {
            var body = validSession(tour);
            body.put("province", given);
            var response = asAdmin("POST", "/api/v1/sessions", body);
            assertThat(response.status()).as(given + ": " + response.body()).isEqualTo(201);
            assertThat(response.json().path("provinceCode").asString())
                    .isEqualTo(given.equals("Noord-Brabant") ? "NB" : "FR");
        }
    }

    @Test
    void an_unknown_province_gets_a_dutch_message_on_the_province_field() {
        var body = validSession(newTour());
        body.put("province", "Atlantis");
        body.put("capacity", 0);

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.error("province")).isEqualTo("Deze provincie kennen we niet. Gebruik de naam of de code, bijvoorbeeld Fryslân of FR.");
        assertThat(response.error("capacity")).as("reported together with the other fields").isNotNull();
    }

    @Test
    void html_in_the_title_comes_back_as_the_same_text() {
        var body = validSession(newTour());
        var title = "<script>alert('x')</script> & <b>vet</b> \"quotes\"";
        body.put("title", title);

        var created = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("title").asString()).isEqualTo(title);
        var fetched = asAdmin("GET", "/api/v1/sessions/" + created.json().path("id").asLong(), null);
        assertThat(fetched.json().path("title").asString()).isEqualTo(title);
    }

    @Test
    void an_empty_title_is_refused_with_a_dutch_message() {
        var body = validSession(newTour());
        body.put("title", "   ");

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        var json = response.json();
        assertThat(json.path("status").asInt()).isEqualTo(422);
        assertThat(json.path("title").asString()).isEqualTo("Niet alle velden zijn goed ingevuld");
        assertThat(json.path("detail").asString()).isEqualTo("Dit veld is verplicht.");
        assertThat(response.error("title")).isEqualTo("Dit veld is verplicht.");
    }

    @Test
    void a_capacity_of_zero_or_a_hundred_thousand_is_refused_with_a_dutch_message() {
        long tour = newTour();
        for (int capacity : new int[]{0, 100_000, -5}) {
            var body = validSession(tour);
            body.put("capacity", capacity);

            var response = asAdmin("POST", "/api/v1/sessions", body);

            assertThat(response.status()).as("capacity " + capacity).isEqualTo(422);
            assertThat(response.error("capacity")).isEqualTo("Het aantal plaatsen moet tussen 1 en 1.000 liggen.");
        }
    }

    @Test
    void a_start_in_the_past_is_refused_for_a_new_session() {
        var body = validSession(newTour());
        var start = OffsetDateTime.now(DutchTime.ZONE).minusDays(2);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusHours(2).toString());

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.error("startsAt")).isEqualTo("Een sessie kan niet in het verleden beginnen.");
    }

    @Test
    void an_end_before_the_start_is_refused() {
        var body = validSession(newTour());
        var start = evening(19);
        body.put("startsAt", start.toString());
        body.put("endsAt", start.minusHours(1).toString());

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.error("endsAt")).isEqualTo("Het einde van de sessie moet na het begin liggen.");
    }

    @Test
    void registration_closing_after_the_start_is_refused() {
        var body = validSession(newTour());
        var start = OffsetDateTime.parse((String) body.get("startsAt"));
        body.put("registrationClosesAt", start.plusMinutes(30).toString());

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.error("registrationClosesAt")).isEqualTo("De aanmelding moet sluiten voordat de sessie begint.");
    }

    @Test
    void every_missing_field_is_reported_at_once() {
        var response = asAdmin("POST", "/api/v1/sessions", "{}");

        assertThat(response.status()).isEqualTo(422);
        for (var field : List.of("tourId", "province", "title", "startsAt", "endsAt", "format", "capacity", "audience")) {
            assertThat(response.error(field)).as(field).isNotBlank().doesNotStartWith("!");
        }
    }

    @Test
    void an_online_session_needs_a_meeting_link_that_is_a_web_address() {
        var body = validSession(newTour());
        body.put("format", "ONLINE");
        body.put("meetingUrl", "javascript:alert(1)");

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.error("meetingUrl")).isEqualTo("Vul een geldige vergaderlink in die begint met https://.");
    }

    @Test
    void a_description_over_4000_characters_is_refused_with_a_dutch_message() {
        var body = validSession(newTour());
        body.put("description", "a".repeat(10_000));

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.error("description")).isEqualTo("Dit veld mag hoogstens 4.000 tekens bevatten.");
    }

    @Test
    void a_five_megabyte_description_is_refused_with_413_before_it_is_read() {
        var body = validSession(newTour());
        body.put("description", "a".repeat(5 * 1024 * 1024));

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).startsWith("Het verzoek is te groot: hoogstens 64 kB.");
    }

    @Test
    void a_large_body_without_a_length_is_refused_with_413_while_it_is_read() throws Exception {
        var body = validSession(newTour());
        body.put("description", "a".repeat(200 * 1024));
        var bytes = JSON.writeValueAsBytes(body);
        // ofInputStream sends the body chunked, without a Content-Length.
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sessions"))
                .header("Content-Type", "application/json")
                .header("Authorization", basic(ADMIN_EMAIL, ADMIN_PASSWORD))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes)))
                .build();

        var response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.body()).contains("Het verzoek is te groot");
    }

    @Test
    void malformed_json_gets_400_with_a_dutch_message() {
        var response = asAdmin("POST", "/api/v1/sessions", "{\"title\": ");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).isEqualTo("De inhoud van het verzoek ontbreekt of is geen geldige JSON.");
    }

    @Test
    void a_value_of_the_wrong_type_gets_400_naming_the_field() {
        long tour = newTour();
        for (var field : List.of("capacity", "startsAt", "format")) {
            var body = validSession(tour);
            body.put(field, "veel");

            var response = asAdmin("POST", "/api/v1/sessions", body);

            assertThat(response.status()).as(field).isEqualTo(400);
            assertThat(response.error(field)).as(field).startsWith("Deze waarde heeft niet de juiste vorm.");
        }
    }

    @Test
    void an_unknown_field_is_refused_rather_than_ignored() {
        var body = validSession(newTour());
        body.put("capacty", 30);

        var response = asAdmin("POST", "/api/v1/sessions", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error("capacty")).isEqualTo("Dit veld bestaat niet in deze API.");
    }

    @Test
    void a_body_that_is_not_json_gets_415_with_a_dutch_message() {
        var response = send("POST", "/api/v1/sessions", null, "Authorization", basic(ADMIN_EMAIL, ADMIN_PASSWORD),
                "Content-Type", "text/plain");

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.json().path("detail").asString()).isEqualTo("Stuur de inhoud als JSON, met Content-Type: application/json.");
    }

    @Test
    void errors_come_in_english_when_asked_for() {
        var body = validSession(newTour());
        body.put("title", "");

        var response = send("POST", "/api/v1/sessions", body, "Authorization", basic(ADMIN_EMAIL, ADMIN_PASSWORD),
                "Accept-Language", "en-GB,en;q=0.9,nl;q=0.5");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.json().path("title").asString()).isEqualTo("Not every field is filled in correctly");
    }

    // --- PATCH

    @Test
    void a_session_is_rescheduled_moved_and_resized_with_patch() {
        long id = createSession(validSession(newTour()));
        var start = evening(14);

        var rescheduled = asAdmin("PATCH", "/api/v1/sessions/" + id,
                Map.of("startsAt", start.toString(), "endsAt", start.plusHours(3).toString(), "capacity", 40));

        assertThat(rescheduled.status()).as(rescheduled.body()).isEqualTo(200);
        assertThat(instant(rescheduled.json().path("startsAt"))).isEqualTo(start.toInstant());
        assertThat(instant(rescheduled.json().path("endsAt"))).isEqualTo(start.plusHours(3).toInstant());
        assertThat(rescheduled.json().path("capacity").asInt()).isEqualTo(40);
        assertThat(rescheduled.json().path("title").asString()).as("untouched fields stay").startsWith("Weerbaar in de Staten");

        var moved = asAdmin("PATCH", "/api/v1/sessions/" + id,
                Map.of("format", "ONLINE", "meetingUrl", "https://meet.example.org/weerbaar"));

        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        assertThat(moved.json().path("format").asString()).isEqualTo("ONLINE");
        assertThat(moved.json().path("venue").isNull() || moved.json().path("venue").isMissingNode()).isTrue();
        assertThat(moved.json().path("meetingUrl").asString()).isEqualTo("https://meet.example.org/weerbaar");
        assertThat(moved.json().path("startsAt").asString()).isEqualTo(rescheduled.json().path("startsAt").asString());
    }

    @Test
    void a_patch_with_bad_values_is_refused_with_dutch_messages_and_changes_nothing() {
        long id = createSession(validSession(newTour()));

        var response = asAdmin("PATCH", "/api/v1/sessions/" + id, Map.of("capacity", 0));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.error("capacity")).isEqualTo("Het aantal plaatsen moet tussen 1 en 1.000 liggen.");
        assertThat(asAdmin("GET", "/api/v1/sessions/" + id, null).json().path("capacity").asInt()).isEqualTo(25);
    }

    @Test
    void a_patch_with_a_stale_version_gets_409_with_a_dutch_message() {
        long id = createSession(validSession(newTour()));
        long version = asAdmin("GET", "/api/v1/sessions/" + id, null).json().path("version").asLong();
        assertThat(asAdmin("PATCH", "/api/v1/sessions/" + id, Map.of("capacity", 30, "version", version)).status())
                .isEqualTo(200);

        var stale = asAdmin("PATCH", "/api/v1/sessions/" + id, Map.of("capacity", 35, "version", version));

        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(stale.json().path("detail").asString()).startsWith("Iemand anders heeft deze sessie intussen gewijzigd.");
        assertThat(asAdmin("GET", "/api/v1/sessions/" + id, null).json().path("capacity").asInt()).isEqualTo(30);
    }

    @Test
    void of_two_simultaneous_patches_with_one_version_one_wins_and_the_other_gets_409() throws Exception {
        long id = createSession(validSession(newTour()));
        long version = asAdmin("GET", "/api/v1/sessions/" + id, null).json().path("version").asLong();
        var statuses = Collections.synchronizedList(new ArrayList<Integer>());
        var tasks = new ArrayList<Callable<Void>>();
        for (int capacity : new int[]{31, 32, 33, 34}) {
            tasks.add(() -> {
                statuses.add(asAdmin("PATCH", "/api/v1/sessions/" + id, Map.of("capacity", capacity, "version", version)).status());
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(tasks.size())) {
            for (var future : pool.invokeAll(tasks)) {
                future.get();
            }
        }

        assertThat(statuses).containsOnly(200, 409);
        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
    }

    @Test
    void patching_an_unknown_session_gets_404() {
        var response = asAdmin("PATCH", "/api/v1/sessions/987654321", Map.of("capacity", 30));

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.json().path("title").asString()).isEqualTo("Niet gevonden");
    }

    @Test
    void a_cancelled_session_cannot_be_changed() {
        long id = createSession(validSession(newTour()));
        asAdmin("POST", "/api/v1/sessions/" + id + "/cancel", Map.of("reason", "Te weinig aanmeldingen."));

        var response = asAdmin("PATCH", "/api/v1/sessions/" + id, Map.of("capacity", 30));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("detail").asString()).isEqualTo("Deze sessie kan niet meer worden gewijzigd; ze is Geannuleerd.");
    }

    // --- publish and cancel

    @Test
    void a_draft_is_published() {
        long id = createSession(validSession(newTour()));

        var response = asAdmin("POST", "/api/v1/sessions/" + id + "/publish", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("PUBLISHED");
    }

    @Test
    void publishing_a_cancelled_session_gets_409_with_a_dutch_message() {
        long id = createSession(validSession(newTour()));
        assertThat(asAdmin("POST", "/api/v1/sessions/" + id + "/cancel", Map.of("reason", "Zaal niet beschikbaar.")).status())
                .isEqualTo(200);

        var response = asAdmin("POST", "/api/v1/sessions/" + id + "/publish", null);

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString())
                .isEqualTo("Alleen een concept kan worden gepubliceerd; deze sessie is Geannuleerd.");
    }

    @Test
    void publishing_an_unknown_session_gets_404() {
        assertThat(asAdmin("POST", "/api/v1/sessions/987654321/publish", null).status()).isEqualTo(404);
    }

    @Test
    void a_session_is_cancelled_with_a_reason() {
        long id = publishedSession(validSession(newTour()));

        var response = asAdmin("POST", "/api/v1/sessions/" + id + "/cancel", Map.of("reason", "De trainer is ziek."));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(response.json().path("cancellationReason").asString()).isEqualTo("De trainer is ziek.");
    }

    @Test
    void cancelling_without_a_reason_is_refused_with_a_dutch_message() {
        long id = createSession(validSession(newTour()));

        var response = asAdmin("POST", "/api/v1/sessions/" + id + "/cancel", Map.of("reason", " "));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.error("reason")).isEqualTo("Geef een reden voor de annulering.");
    }

    @Test
    void cancelling_twice_gets_409() {
        long id = createSession(validSession(newTour()));
        asAdmin("POST", "/api/v1/sessions/" + id + "/cancel", Map.of("reason", "Dubbel gepland."));

        var response = asAdmin("POST", "/api/v1/sessions/" + id + "/cancel", Map.of("reason", "Nog eens."));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.json().path("detail").asString()).isEqualTo("Deze sessie kan niet meer worden geannuleerd; ze is Geannuleerd.");
    }

    @Test
    void a_path_id_that_is_not_a_number_gets_400() {
        var response = asAdmin("POST", "/api/v1/sessions/abc/publish", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.error("id")).startsWith("Deze waarde heeft niet de juiste vorm.");
    }
}
