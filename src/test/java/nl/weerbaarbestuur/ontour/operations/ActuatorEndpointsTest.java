package nl.weerbaarbestuur.ontour.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Health is public for load balancers; everything else of the actuator is for organisers only. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ActuatorEndpointsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String user, String password) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void health_is_public_and_up() throws Exception {
        var response = get("/actuator/health", null, null);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void info_needs_an_organiser_and_says_401_not_a_redirect() throws Exception {
        assertThat(get("/actuator/info", null, null).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/info", "admin@test.ontour.nl", "wrong-password").statusCode()).isEqualTo(401);

        var response = get("/actuator/info", "admin@test.ontour.nl", "Test-admin-password-1");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"artifact\":\"ontour\"");
    }

    @Test
    void environment_and_other_actuator_endpoints_are_not_exposed() throws Exception {
        // Not an endpoint, so the request falls through to the UI (Vaadin answers every path):
        // what matters is that no configuration leaks.
        var response = get("/actuator/env", "admin@test.ontour.nl", "Test-admin-password-1");
        assertThat(response.body()).doesNotContain("propertySources").doesNotContain("spring.datasource");
        assertThat(get("/actuator/beans", "admin@test.ontour.nl", "Test-admin-password-1").body()).doesNotContain("\"beans\"");
    }

    @Test
    void application_pages_other_than_public_ones_redirect_to_the_sign_in_page() throws Exception {
        var response = get("/overzicht", null, null);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
        assertThat(get("/", null, null).statusCode()).isEqualTo(200);
        assertThat(get("/login", null, null).statusCode()).isEqualTo(200);
    }
}
