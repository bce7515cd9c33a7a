package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.security.ApiTokenService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real HTTP against the running application (random port, the test database). Every test makes
 * its own tour and accounts: the database is shared by a whole run, and on MariaDB it persists.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ApiTestSupport {

    static final String ADMIN_EMAIL = "admin@test.ontour.nl";
    static final String ADMIN_PASSWORD = "Test-admin-password-1";
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger DAYS = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    TourService tourService;

    @Autowired
    UserAccountService accountService;

    @Autowired
    ApiTokenService apiTokenService;

    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    record Response(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String contentType() {
            return headers.firstValue("Content-Type").orElse("");
        }

        /** The message of a field in a problem's {@code errors}, or null. */
        String error(String field) {
            for (var error : json().path("errors")) {
                if (field.equals(error.path("field").asString())) {
                    return error.path("message").asString();
                }
            }
            return null;
        }
    }

    // --- HTTP

    Response get(String path, String... headers) {
        return send("GET", path, null, headers);
    }

    Response send(String method, String path, Object body, String... headers) {
        var builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            builder.header(headers[i], headers[i + 1]);
        }
        if (body != null) {
            var text = body instanceof String s ? s : JSON.writeValueAsString(body);
            builder.header("Content-Type", "application/json");
            builder.method(method, HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8));
        } else {
            builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            var response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        }
    }

    Response asAdmin(String method, String path, Object body) {
        return send(method, path, body, "Authorization", basic(ADMIN_EMAIL, ADMIN_PASSWORD));
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    // --- data, made through the services as an organiser

    /** Runs as the first organiser (the real account, so that what it creates has a real owner). */
    <T> T asOrganiser(Supplier<T> action) {
        var context = SecurityContextHolder.getContext();
        try {
            signIn(new SignedInUser(0, "setup@test.ontour.nl", "Setup", Role.ORGANISER, Set.of(), "", true));
            var admin = accountService.all().stream().filter(a -> a.getEmail().equals(ADMIN_EMAIL)).findFirst().orElseThrow();
            signIn(new SignedInUser(admin.getId(), ADMIN_EMAIL, admin.getDisplayName(), Role.ORGANISER, Set.of(), "", true));
            return action.get();
        } finally {
            SecurityContextHolder.setContext(context);
        }
    }

    private static void signIn(SignedInUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    long newTour() {
        var name = "API-test " + UUID.randomUUID();
        return asOrganiser(() -> tourService.create(name, null, LocalDate.now(), LocalDate.now().plusYears(1),
                "tour@test.ontour.nl")).getId();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** An evening some weeks ahead, a different day for every call, as ISO-8601 in Amsterdam time. */
    static OffsetDateTime evening(int hour) {
        var day = LocalDate.now(DutchTime.ZONE).plusDays(30 + DAYS.incrementAndGet());
        return day.atTime(LocalTime.of(hour, 0)).atZone(DutchTime.ZONE).toOffsetDateTime();
    }

    /** A valid in-person session in Fryslân (at the provinciehuis, by default). */
    Map<String, Object> validSession(long tourId) {
        var start = evening(19);
        var body = new LinkedHashMap<String, Object>();
        body.put("tourId", tourId);
        body.put("province", "FR");
        body.put("title", unique("Weerbaar in de Staten"));
        body.put("description", "Herkennen, grenzen stellen en melden.");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plusMinutes(150).toString());
        body.put("format", "IN_PERSON");
        body.put("capacity", 25);
        body.put("audience", "BOTH");
        return body;
    }

    long createSession(Map<String, Object> body) {
        var response = asAdmin("POST", "/api/v1/sessions", body);
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    long publishedSession(Map<String, Object> body) {
        long id = createSession(body);
        var response = asAdmin("POST", "/api/v1/sessions/" + id + "/publish", null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return id;
    }

    static Instant instant(JsonNode node) {
        return OffsetDateTime.parse(node.asString()).toInstant().truncatedTo(ChronoUnit.SECONDS);
    }
}
