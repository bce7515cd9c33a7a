package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.weerbaarbestuur.ontour.security.Role;
import org.junit.jupiter.api.Test;

/** Who may call the organiser API: HTTP Basic or a personal token, organisers only; and the open API description. */
class ApiAuthenticationTest extends ApiTestSupport {

    @Test
    void without_credentials_the_organiser_api_answers_401_as_a_problem() {
        long tour = newTour();
        for (var response : new Response[]{send("POST", "/api/v1/sessions", validSession(tour)), get("/api/v1/tours"),
                send("POST", "/api/v1/sessions/1/publish", null)}) {
            assertThat(response.status()).isEqualTo(401);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("Bearer"));
            assertThat(response.json().path("title").asString()).isEqualTo("Inloggen nodig");
            assertThat(response.json().path("status").asInt()).isEqualTo(401);
        }
    }

    @Test
    void a_wrong_password_answers_401() {
        var email = unique("organisator") + "@test.ontour.nl";
        asOrganiser(() -> accountService.create(email, "Organisator", Role.ORGANISER, Set.of()));

        var response = send("GET", "/api/v1/tours", null, "Authorization", basic(email, "not-the-password-123"));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void a_griffie_account_answers_403() {
        var email = unique("griffie") + "@test.ontour.nl";
        var created = asOrganiser(() -> accountService.create(email, "Griffie Fryslân", Role.GRIFFIE, Set.of("FR")));
        var auth = basic(email, created.initialPassword());

        var create = send("POST", "/api/v1/sessions", validSession(newTour()), "Authorization", auth);
        var tours = send("GET", "/api/v1/tours", null, "Authorization", auth);

        for (var response : new Response[]{create, tours}) {
            assertThat(response.status()).isEqualTo(403);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().path("detail").asString()).isEqualTo("Alleen organisatoren mogen dit via de API doen.");
        }
        assertThat(send("GET", "/api/v1/sessions", null, "Authorization", auth).status())
                .as("the public catalogue stays open to them").isEqualTo(200);
    }

    @Test
    void a_personal_api_token_signs_an_organiser_in() {
        var token = asOrganiser(() -> apiTokenService.create(unique("script"))).clearToken();
        assertThat(token).startsWith("ot_");

        var tours = send("GET", "/api/v1/tours", null, "Authorization", "Bearer " + token);
        var created = send("POST", "/api/v1/sessions", validSession(newTour()), "Authorization", "Bearer " + token);

        assertThat(tours.status()).isEqualTo(200);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var used = asOrganiser(() -> apiTokenService.mine()).stream()
                .filter(t -> t.getName().startsWith("script")).filter(t -> t.getLastUsedAt() != null).count();
        assertThat(used).as("its last use is recorded").isPositive();
    }

    @Test
    void a_revoked_token_answers_401() {
        var created = asOrganiser(() -> apiTokenService.create(unique("oud script")));
        var auth = "Bearer " + created.clearToken();
        assertThat(send("GET", "/api/v1/tours", null, "Authorization", auth).status()).isEqualTo(200);

        asOrganiser(() -> apiTokenService.revoke(created.token().getId()));

        var response = send("GET", "/api/v1/tours", null, "Authorization", auth);
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(send("GET", "/api/v1/sessions", null, "Authorization", auth).status())
                .as("a dead token is reported on the public endpoints too").isEqualTo(401);
    }

    @Test
    void an_unknown_token_answers_401() {
        var response = send("GET", "/api/v1/tours", null, "Authorization", "Bearer ot_made-up-token-of-the-right-shape-1234567890");

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void the_api_keeps_no_session() {
        var response = asAdmin("GET", "/api/v1/tours", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("JSESSIONID"));
    }
}
