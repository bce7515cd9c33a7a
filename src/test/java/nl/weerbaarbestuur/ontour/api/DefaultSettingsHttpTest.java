package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

/**
 * No trusted proxy (the default): X-Forwarded-For and X-Forwarded-Proto from anyone are ignored,
 * so a client cannot escape its bucket by inventing addresses, nor fake HTTPS.
 */
@TestPropertySource(properties = "ontour.registration.rate-limit.requests-per-client-per-hour=3")
class DefaultSettingsHttpTest extends ApiTestSupport {

    @Test
    void without_a_trusted_proxy_a_forwarded_client_address_is_ignored() {
        long session = publishedSession(validSession(newTour()));
        int[] statuses = new int[4];
        for (int i = 0; i < 4; i++) {
            var body = new LinkedHashMap<String, Object>();
            body.put("fullName", unique("Anna"));
            body.put("email", unique("a") + "@example.nl");
            body.put("function", "STATENLID");
            body.put("province", "FR");
            body.put("consent", true);
            statuses[i] = send("POST", "/api/v1/sessions/" + session + "/registrations", body,
                    "X-Forwarded-For", "203.0.113." + (i + 1)).status();
        }

        assertThat(statuses).containsExactly(202, 202, 202, 429);
    }

    @Test
    void without_a_trusted_proxy_a_forwarded_https_is_not_believed() {
        var response = get("/", "X-Forwarded-Proto", "https", "Accept", "text/html");

        assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(response.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
    }
}
