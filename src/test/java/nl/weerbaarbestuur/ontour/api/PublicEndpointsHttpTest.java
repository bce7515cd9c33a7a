package nl.weerbaarbestuur.ontour.api;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The public surface over real HTTP with the default settings: headers, malformed paths, strict
 * JSON, the status of error pages, unsafe names and what an ended registration's link shows.
 */
class PublicEndpointsHttpTest extends ApiTestSupport {

    @Autowired
    ParticipantRegistrations registrations;

    @Autowired
    ServletContext servletContext;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("documentStatusFilter")
    FilterRegistrationBean<?> documentStatus;

    private static Map<String, Object> form(String name) {
        var body = new LinkedHashMap<String, Object>();
        body.put("fullName", name);
        body.put("email", unique("p") + "@example.nl");
        body.put("function", "STATENLID");
        body.put("province", "FR");
        body.put("consent", true);
        return body;
    }

    // --- headers

    @Test
    void pages_and_the_api_carry_a_strict_content_security_policy_and_the_other_hardening_headers() {
        for (var response : new Response[] {get("/"), get("/api/v1/sessions")}) {
            var headers = response.headers();
            var csp = headers.firstValue("Content-Security-Policy").orElseThrow();
            assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'",
                    "base-uri 'self'", "form-action 'self'");
            assertThat(headers.firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(headers.allValues("X-Content-Type-Options")).contains("nosniff");
            assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()", "geolocation=()");
            // Plain HTTP from a client no proxy vouches for: no HSTS.
            assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
        }
    }

    @Test
    void the_api_description_and_explorer_are_off_by_default() {
        assertThat(get("/v3/api-docs").status()).isEqualTo(404);
        assertThat(get("/swagger-ui/index.html").status()).isEqualTo(404);
        assertThat(get("/swagger-ui.html").status()).isIn(404, 302);
        assertThat(get("/swagger-ui.html").headers().firstValue("Location").orElse("")).doesNotContain("swagger-ui/index");
    }

    // --- malformed paths

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/sessions;jsessionid=x", "/api/v1/%2e%2e/sessions", "/api/v1/sessions/%0a",
            "/api/v1/sessions/%25", "/api//v1/sessions", "/api/v1/sessions/%2f", "/api/v1/sessions/%00"})
    void a_malformed_api_path_is_a_dutch_problem_never_a_redirect_or_an_html_page(String path) throws IOException {
        var answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).as(answer.text()).isBetween(400, 404);
        assertThat(answer.head()).as(answer.text()).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(answer.body()).as(answer.text()).contains("\"status\":" + answer.status()).doesNotContain("<html", "Tomcat");
        assertThat(answer.body()).containsAnyOf("Ongeldig", "niet", "Niet");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/sessies;x=1", "/sessies/%2e%2e/beheer", "/sessies//1", "/sessies/%2f"})
    void a_malformed_page_path_gets_a_short_dutch_page_not_the_sign_in_page(String path) throws IOException {
        var answer = raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(answer.status()).as(answer.text()).isEqualTo(400);
        assertThat(answer.head()).as(answer.text()).containsIgnoringCase("Content-Type: text/html").doesNotContain("Location:");
        assertThat(answer.body()).contains("lang=\"nl\"", "Ongeldig adres").doesNotContain("Tomcat", "Bad Request");
    }

    record Raw(int status, String head, String body) {
        String text() {
            return head + "\r\n\r\n" + body;
        }
    }

    /** Exact bytes on the wire: java.net.http would normalise the path first. */
    private Raw raw(String request) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var out = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(out);
            var text = out.toString(StandardCharsets.UTF_8);
            int split = text.indexOf("\r\n\r\n");
            var head = split < 0 ? text : text.substring(0, split);
            var body = split < 0 ? "" : text.substring(split + 4);
            return new Raw(Integer.parseInt(head.split(" ", 3)[1]), head, body);
        }
    }

    // --- strict JSON

    @Test
    void a_number_for_consent_or_for_a_name_and_a_quoted_boolean_are_refused_with_400_naming_the_field() {
        long session = publishedSession(validSession(newTour()));
        var path = "/api/v1/sessions/" + session + "/registrations";

        var consentAsNumber = form(unique("Anna"));
        consentAsNumber.put("consent", 1);
        var nameAsNumber = form("x");
        nameAsNumber.put("fullName", 12345);
        var consentAsText = form(unique("Anna"));
        consentAsText.put("consent", "true");

        for (var entry : Map.of("consent", consentAsNumber, "fullName", nameAsNumber, "consent ", consentAsText).entrySet()) {
            var response = send("POST", path, entry.getValue());
            var field = entry.getKey().strip();
            assertThat(response.status()).as(response.body()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.error(field)).as(response.body()).isNotNull();
            assertThat(response.json().path("detail").asString()).contains(field);
            assertThat(response.json().path("title").asString()).isEqualTo("Dit verzoek kunnen we niet lezen");
        }
    }

    // --- error pages

    @Test
    void a_session_that_does_not_exist_and_an_unknown_path_answer_404_also_without_signing_in() {
        var missing = get("/sessies/999999", "Accept", "text/html");
        var unknown = get("/bestaat-niet/echt-niet", "Accept", "text/html");

        assertThat(missing.status()).isEqualTo(404);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Location")).isEmpty();
        assertThat(unknown.contentType()).startsWith("text/html");
        long session = publishedSession(validSession(newTour()));
        assertThat(get("/sessies/" + session, "Accept", "text/html").status()).isEqualTo(200);
        // Protected pages still send an anonymous visitor to sign in.
        assertThat(get("/beheer/gebruikers", "Accept", "text/html").status()).isEqualTo(302);
    }

    @Test
    void a_signed_in_user_opening_a_page_of_another_role_gets_403() throws Exception {
        var filter = (jakarta.servlet.Filter) documentStatus.getFilter();
        var request = new MockHttpServletRequest(servletContext, "GET", "/beheer/gebruikers");
        Principal trainer = () -> "trainer@test.ontour.nl";
        request.setUserPrincipal(trainer);
        request.addUserRole("TRAINER");
        var response = new MockHttpServletResponse();

        filter.doFilter(request, response, new MockFilterChain());

        assertThat(response.getStatus()).isEqualTo(403);
        var allowed = new MockHttpServletResponse();
        filter.doFilter(new MockHttpServletRequest(servletContext, "GET", "/beheer/gebruikers") {
            {
                setUserPrincipal(trainer);
                addUserRole("ORGANISER");
            }
        }, allowed, new MockFilterChain());
        assertThat(allowed.getStatus()).isEqualTo(200);
    }

    // --- input

    @Test
    void a_name_with_a_link_or_a_bidi_override_is_refused_with_a_dutch_message() {
        long session = publishedSession(validSession(newTour()));
        var path = "/api/v1/sessions/" + session + "/registrations";
        var link = form("Klik hier: https://evil.example/login");
        var bidi = form("Anna \u202Egnissap");
        var fractie = form(unique("Bert"));
        fractie.put("fractie", "www.evil.example");
        var control = form(unique("Cor"));
        control.put("remarks", "regel\u0007bel");

        assertThat(send("POST", path, link).error("fullName")).contains("geen webadres");
        assertThat(send("POST", path, bidi).error("fullName")).contains("stuurtekens");
        assertThat(send("POST", path, fractie).error("fractie")).contains("geen webadres");
        assertThat(send("POST", path, control).error("remarks")).contains("stuurtekens");
        var fine = form("Anna de Vries-Ünal");
        fine.put("remarks", "Ik kom met de rolstoel.\nGraag een plek vooraan.");
        assertThat(send("POST", path, fine).status()).isEqualTo(202);
    }

    // --- the link of an ended registration

    @Test
    void a_cancelled_registrations_link_shows_the_status_only() {
        long session = publishedSession(validSession(newTour()));
        var receipt = registrations.request(session, new ParticipantDetails("Greet Geheim", unique("greet") + "@example.nl",
                ParticipantFunction.STATENLID, "FR", "Fractie X", "rolstoel", "vegan", "opmerking", "nl"), true);
        registrations.confirm(receipt.confirmationToken());
        assertThat(get("/api/v1/my/" + receipt.manageToken()).body()).contains("Greet Geheim");

        var cancelled = send("POST", "/api/v1/my/" + receipt.manageToken() + "/cancel", null);
        var later = get("/api/v1/my/" + receipt.manageToken());

        for (var response : new Response[] {cancelled, later}) {
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().path("status").asString()).isEqualTo("CANCELLED");
            assertThat(response.body()).doesNotContain("Greet", "@example.nl", "rolstoel", "vegan", "opmerking", "Fractie X");
        }
    }
}
