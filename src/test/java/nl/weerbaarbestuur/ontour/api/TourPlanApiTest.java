package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.tourplanning.FakeTourPlanner;
import nl.weerbaarbestuur.ontour.tourplanning.FakeTourPlannerConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * POST /api/v1/tours/{id}/plan, GET .../plan/{runId} and POST .../accept over real HTTP, with
 * {@link FakeTourPlanner} standing in for the solver (its plan: Utrecht and Fryslân new, Zeeland
 * unplaced; it stays SOLVING until the test finishes it).
 */
@Import(FakeTourPlannerConfiguration.class)
@TestPropertySource(properties = "ontour.api-docs.enabled=true")
class TourPlanApiTest extends ApiTestSupport {

    @Autowired FakeTourPlanner planner;
    @Autowired PlanningService planning;

    private record Started(long tourId, UUID runId, Response response) {
    }

    private Started start() {
        long tour = newTour();
        var response = asAdmin("POST", "/api/v1/tours/" + tour + "/plan", null);
        assertThat(response.status()).as(response.body()).isEqualTo(202);
        return new Started(tour, UUID.fromString(response.json().path("runId").asString()), response);
    }

    private String runPath(Started started) {
        return "/api/v1/tours/" + started.tourId() + "/plan/" + started.runId();
    }

    private Response accept(Started started, Object body) {
        return asAdmin("POST", runPath(started) + "/accept", body);
    }

    private Response asGriffie(String method, String path) {
        var email = unique("griffie.ut") + "@test.ontour.nl";
        var password = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> accountService.create(email, "Griffie Utrecht", Role.GRIFFIE, Set.of("UT")).initialPassword());
        return send(method, path, null, "Authorization", basic(email, password));
    }

    private static JsonNode session(JsonNode run, String key) {
        for (var session : run.path("sessions")) {
            if (key.equals(session.path("key").asString())) {
                return session;
            }
        }
        throw new AssertionError("no session " + key + " in " + run);
    }

    @Test
    void starting_answers_202_with_the_run_and_its_location() {
        var started = start();

        assertThat(started.response().headers().firstValue("Location").orElseThrow()).endsWith(runPath(started));
        assertThat(started.response().json().path("href").asString()).isEqualTo(runPath(started));
        var again = asAdmin("POST", "/api/v1/tours/" + started.tourId() + "/plan", null);
        assertThat(again.json().path("runId").asString()).as("the run still solving").isEqualTo(started.runId().toString());
    }

    @Test
    void the_run_reads_in_dutch_by_default_with_the_reasons_as_sentences() {
        var started = start();
        asAdmin("GET", runPath(started), null);

        var response = asAdmin("GET", runPath(started), null);

        assertThat(response.status()).isEqualTo(200);
        var run = response.json();
        assertThat(run.path("state").asString()).isEqualTo("SOLVING");
        assertThat(run.path("progress").asInt()).isEqualTo(50);
        assertThat(run.path("tourId").asLong()).isEqualTo(started.tourId());
        assertThat(run.path("score").path("feasible").asBoolean()).isTrue();
        assertThat(run.path("score").path("summary").get(1).asString()).isEqualTo("Nog geen sessie in 1 provincie: Zeeland.");
        var friesland = session(run, "new-FR");
        assertThat(friesland.path("placed").asBoolean()).isTrue();
        assertThat(friesland.path("startsAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T13:30:00\\+0[12]:00");
        assertThat(friesland.path("givesUp").get(0).asString())
                .isEqualTo("Deze datum valt op een feestdag: Dodenherdenking (4 mei, avond).");
        var zeeland = session(run, "new-ZE");
        assertThat(zeeland.path("placed").asBoolean()).isFalse();
        assertThat(zeeland.path("startsAt").isNull()).isTrue();
        assertThat(zeeland.path("givesUp").get(0).asString()).isEqualTo("In deze tour is nog geen sessie gepland in: Zeeland.");
    }

    @Test
    void the_run_reads_in_english_when_asked() {
        var started = start();

        var run = send("GET", runPath(started), null, "Authorization", basic(ADMIN_EMAIL, ADMIN_PASSWORD),
                "Accept-Language", "en-GB,en;q=0.9").json();

        assertThat(session(run, "new-UT").path("why").get(0).asString()).doesNotContain("Geen waarschuwingen").isNotBlank();
        assertThat(session(run, "new-ZE").path("givesUp").get(0).asString()).contains("Zeeland").doesNotContain("nog geen sessie");
    }

    @Test
    void accepting_without_a_body_takes_over_every_placed_session_as_a_draft() {
        var started = start();
        planner.finish(started.runId());

        var response = accept(started, null);

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        var ids = new ArrayList<Long>();
        response.json().path("sessionIds").forEach(id -> ids.add(id.asLong()));
        assertThat(ids).hasSize(2);
        var drafts = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> planning.search(new SessionFilter(started.tourId(), null, null, null, null, null)));
        assertThat(drafts).filteredOn(s -> ids.contains(s.id()))
                .allSatisfy(s -> assertThat(s.status()).isEqualTo(SessionStatus.DRAFT))
                .extracting(s -> s.provinceCode()).containsExactlyInAnyOrder("UT", "FR");
    }

    @Test
    void accepting_named_keys_takes_over_only_those_and_a_second_time_nothing() {
        var started = start();
        planner.finish(started.runId());

        var first = accept(started, Map.of("keys", List.of("new-UT")));
        var second = accept(started, Map.of("keys", List.of("new-UT")));

        assertThat(first.json().path("sessionIds").size()).isEqualTo(1);
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.json().path("sessionIds").size()).isZero();
        assertThat(planner.accepts()).filteredOn(a -> a.runId().equals(started.runId()))
                .extracting(FakeTourPlanner.Accepted::keys).containsOnly(Set.of("new-UT"));
    }

    @Test
    void accepting_while_the_planner_is_still_solving_is_a_409() {
        var started = start();

        var response = accept(started, Map.of());

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).contains("nog bezig");
        assertThat(planner.accepts()).noneMatch(a -> a.runId().equals(started.runId()));
    }

    @Test
    void bad_keys_are_refused_with_a_message_per_key() {
        var started = start();
        planner.finish(started.runId());

        var unknown = accept(started, Map.of("keys", List.of("new-UT", "bestaat-niet", "bad\u0007key", "x".repeat(101))));
        var tooMany = accept(started, Map.of("keys", IntStream.range(0, 501).mapToObj(i -> "k" + i).toList()));
        var misspelt = accept(started, Map.of("kyes", List.of("new-UT")));

        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.error("keys[0]")).isNull();
        assertThat(unknown.error("keys[1]")).isEqualTo("Deze sleutel hoort bij geen enkele sessie van dit plan.");
        assertThat(unknown.error("keys[2]")).contains("stuurtekens");
        assertThat(unknown.error("keys[3]")).contains("100 tekens");
        assertThat(tooMany.status()).isEqualTo(422);
        assertThat(tooMany.error("keys")).isEqualTo("Geef hoogstens 500 sleutels per keer.");
        assertThat(misspelt.status()).isEqualTo(400);
        assertThat(misspelt.error("kyes")).isNotNull();
        assertThat(planner.accepts()).noneMatch(a -> a.runId().equals(started.runId()));
    }

    @Test
    void a_run_of_another_tour_an_unknown_run_or_tour_are_404() {
        var started = start();
        long otherTour = newTour();

        assertThat(asAdmin("GET", "/api/v1/tours/" + otherTour + "/plan/" + started.runId(), null).status()).isEqualTo(404);
        assertThat(asAdmin("POST", "/api/v1/tours/" + otherTour + "/plan/" + started.runId() + "/accept", null).status())
                .isEqualTo(404);
        assertThat(asAdmin("GET", "/api/v1/tours/" + started.tourId() + "/plan/" + UUID.randomUUID(), null).status())
                .isEqualTo(404);
        assertThat(asAdmin("POST", "/api/v1/tours/999999999/plan", null).status()).isEqualTo(404);
        var malformed = asAdmin("GET", "/api/v1/tours/" + started.tourId() + "/plan/not-a-uuid", null);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_griffie_gets_403_and_an_anonymous_caller_401() {
        var started = start();

        assertThat(asGriffie("POST", "/api/v1/tours/" + started.tourId() + "/plan").status()).isEqualTo(403);
        assertThat(asGriffie("GET", runPath(started)).status()).isEqualTo(403);
        assertThat(asGriffie("POST", runPath(started) + "/accept").status()).isEqualTo(403);
        var anonymous = send("POST", "/api/v1/tours/" + started.tourId() + "/plan", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).startsWith("application/problem+json");
        assertThat(get(runPath(started)).status()).isEqualTo(401);
    }

    @Test
    void the_api_description_documents_the_three_endpoints() {
        var paths = get("/v3/api-docs").json().path("paths");

        assertThat(paths.path("/api/v1/tours/{tourId}/plan").path("post").path("responses").has("202")).isTrue();
        assertThat(paths.path("/api/v1/tours/{tourId}/plan/{runId}").path("get").path("responses").has("200")).isTrue();
        var accept = paths.path("/api/v1/tours/{tourId}/plan/{runId}/accept").path("post");
        assertThat(accept.path("requestBody").path("required").asBoolean(false)).isFalse();
        assertThat(accept.path("security").isArray()).isTrue();
        assertThat(get("/v3/api-docs").body()).doesNotContain("unknownFields");
    }
}
