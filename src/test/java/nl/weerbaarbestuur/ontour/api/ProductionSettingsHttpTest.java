package nl.weerbaarbestuur.ontour.api;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * A deployment behind a reverse proxy on the loopback address (ONTOUR_TRUSTED_PROXIES), with TLS
 * at the proxy, the API description switched on and the registration limits at their defaults:
 * 3 requests per client address per hour here, 3 mails per recipient per hour.
 */
@TestPropertySource(properties = {
        "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1",
        "ontour.api-docs.enabled=true",
        "ontour.registration.rate-limit.requests-per-client-per-hour=3",
        "ontour.registration.rate-limit.mails-per-recipient-per-hour=3"})
class ProductionSettingsHttpTest extends ApiTestSupport {

    private static final Pattern MANAGE_LINK = Pattern.compile("/mijn/([A-Za-z0-9_-]{20,})");

    @Autowired nl.weerbaarbestuur.ontour.shared.DataEncryption encryption;
    @Autowired
    ParticipantRegistrations registrations;

    /** The outbox table itself: the mail log shows only the newest 200, and the test database is shared. */
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    private static Map<String, Object> form(String email) {
        var body = new LinkedHashMap<String, Object>();
        body.put("fullName", unique("Anna"));
        body.put("email", email);
        body.put("function", "STATENLID");
        body.put("province", "FR");
        body.put("consent", true);
        return body;
    }

    private Response register(long session, String email, String client) {
        return send("POST", "/api/v1/sessions/" + session + "/registrations", form(email), "X-Forwarded-For", client);
    }

    @Test
    void behind_the_trusted_proxy_each_forwarded_client_address_has_its_own_bucket() {
        long session = publishedSession(validSession(newTour()));
        var client = "203.0.113." + (10 + (int) (Math.random() * 200));
        for (int i = 0; i < 3; i++) {
            assertThat(register(session, unique("a") + "@example.nl", client).status()).isEqualTo(202);
        }

        var fourth = register(session, unique("a") + "@example.nl", client);
        var otherClient = register(session, unique("a") + "@example.nl", "198.51.100.7");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.contentType()).startsWith("application/problem+json");
        assertThat(fourth.json().path("detail").asString()).contains("te veel aanmeldingen");
        assertThat(otherClient.status()).isEqualTo(202);
    }

    @Test
    void one_address_gets_at_most_three_mails_an_hour_across_sessions() {
        var email = unique("doelwit") + "@example.nl";
        for (int i = 0; i < 3; i++) {
            long session = publishedSession(validSession(newTour()));
            assertThat(register(session, email, "192.0.2." + (i + 1)).status()).isEqualTo(202);
        }

        long another = publishedSession(validSession(newTour()));
        var fourth = register(another, email.toUpperCase(), "192.0.2.99");

        assertThat(fourth.status()).isEqualTo(429);
        assertThat(fourth.json().path("detail").asString()).contains("e-mails gestuurd");
        assertThat(mailsTo(email)).isEqualTo(3);
    }

    @Test
    void a_repeated_registration_keeps_the_existing_manage_link_working() {
        long session = publishedSession(validSession(newTour()));
        var email = unique("eigenaar") + "@example.nl";
        var receipt = registrations.request(session, new ParticipantDetails("Olga Owner", email, ParticipantFunction.STATENLID,
                "FR", null, null, null, null, "nl"), true);
        registrations.confirm(receipt.confirmationToken());

        // A stranger types her address again.
        assertThat(register(session, email, "198.51.100.66").status()).isEqualTo(202);

        var hers = get("/api/v1/my/" + receipt.manageToken());
        assertThat(hers.status()).isEqualTo(200);
        assertThat(hers.json().path("status").asString()).isEqualTo("CONFIRMED");
        var mailed = latestManageLink(email);
        assertThat(mailed).isNotEqualTo(receipt.manageToken());
        assertThat(get("/api/v1/my/" + mailed).json().path("fullName").asString()).isEqualTo("Olga Owner");
    }

    @Test
    void behind_tls_at_the_trusted_proxy_cookies_are_secure_and_hsts_is_sent() {
        var secure = get("/", "X-Forwarded-Proto", "https", "Accept", "text/html");
        var plain = get("/", "Accept", "text/html");

        assertThat(secure.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
        assertThat(secure.headers().allValues("Set-Cookie")).isNotEmpty()
                .allSatisfy(cookie -> assertThat(cookie).contains("Secure").contains("HttpOnly"));
        assertThat(plain.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(plain.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
    }

    private long mailsTo(String email) {
        return jdbc.queryForObject("select count(*) from outbox_message where lower(recipient) = ?", Long.class,
                email.toLowerCase());
    }

    private String latestManageLink(String email) {
        var texts = jdbc.queryForList("select text_body from outbox_message where recipient = ? and message_type = ? order by id desc",
                String.class, email, "REGISTRATION_MANAGE_LINK");
        assertThat(texts).isNotEmpty();
        var matcher = MANAGE_LINK.matcher(encryption.decrypt(texts.getFirst())); // bodies are stored encrypted
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void the_api_description_is_open_and_lists_the_endpoints_and_both_ways_to_sign_in() throws Exception {
        var response = get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        // Kept for reading and for client generators.
        Files.writeString(Path.of("target", "openapi.json"), response.body());
        var json = response.json();
        assertThat(json.path("paths").has("/api/v1/sessions")).isTrue();
        assertThat(json.path("paths").has("/api/v1/sessions/{id}")).isTrue();
        assertThat(json.path("paths").has("/api/v1/sessions/{id}/publish")).isTrue();
        assertThat(json.path("paths").has("/api/v1/sessions/{id}/cancel")).isTrue();
        assertThat(json.path("paths").has("/api/v1/tours")).isTrue();
        assertThat(json.path("components").path("securitySchemes").path("bearer").path("scheme").asString()).isEqualTo("bearer");
        assertThat(json.path("components").path("securitySchemes").path("basic").path("scheme").asString()).isEqualTo("basic");
        var create = json.path("paths").path("/api/v1/sessions").path("post");
        assertThat(create.path("security").isArray()).isTrue();
        assertThat(create.path("responses").has("201")).isTrue();
        assertThat(create.path("responses").path("default").path("content").has("application/problem+json")).isTrue();
        assertThat(json.path("components").path("schemas").path("Problem").path("properties").has("errors")).isTrue();
        assertThat(response.body()).doesNotContain("unknownFields");
    }

    @Test
    void the_session_schemas_are_flat_with_the_examples_they_share() {
        var schemas = get("/v3/api-docs").json().path("components").path("schemas");

        for (var name : new String[]{"PublicSession", "Session"}) {
            var properties = schemas.path(name).path("properties");
            assertThat(properties.propertyNames()).as(name).contains("id", "tourId", "title", "topic", "description",
                    "province", "provinceCode", "startsAt", "endsAt", "format", "audience", "capacity", "venue",
                    "seatsLeft", "waitlistLength", "status").doesNotContain("session");
            assertThat(properties.path("provinceCode").path("example").asString()).as(name).isEqualTo("FR");
            assertThat(properties.path("startsAt").path("format").asString()).as(name).isEqualTo("date-time");
        }
        assertThat(schemas.path("Session").path("properties").propertyNames()).contains("version", "meetingUrl", "trainerIds");
        assertThat(schemas.path("PublicSession").path("properties").propertyNames()).doesNotContain("version", "meetingUrl");
        assertThat(schemas.propertyNames()).doesNotContain("SessionBasics");
    }

    @Test
    void the_attendee_schema_documents_the_calendar_answer() {
        var attendee = get("/v3/api-docs").json().path("components").path("schemas").path("Attendee").path("properties");

        var answer = attendee.path("calendarAnswer").toString();
        assertThat(answer).contains("ACCEPTED", "TENTATIVE", "DECLINED").contains("calendar invite").contains("null");
    }

    @Test
    void the_api_explorer_is_open() {
        var response = get("/swagger-ui/index.html");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).contains("swagger");
    }
}
