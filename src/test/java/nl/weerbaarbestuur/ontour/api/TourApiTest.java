package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/tours and /api/v1/venues: what a planning script looks up. */
class TourApiTest extends ApiTestSupport {

    @Test
    void an_organiser_lists_the_tours_with_their_coverage() {
        long tour = newTour();
        createSession(validSession(tour));

        var response = asAdmin("GET", "/api/v1/tours", null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode found = null;
        for (var node : response.json()) {
            if (node.path("id").asLong() == tour) {
                found = node;
            }
        }
        assertThat(found).isNotNull();
        assertThat(found.path("name").asString()).startsWith("API-test ");
        assertThat(found.path("coverage").path("FR").asString()).isEqualTo("PLANNED");
        assertThat(found.path("coverage").path("GR").asString()).isEqualTo("NONE");
        assertThat(found.path("coverage").size()).isEqualTo(12);
        assertThat(found.path("startsOn").asString()).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    void an_organiser_lists_the_venues_of_a_province_with_the_provinciehuis_first() {
        var response = asAdmin("GET", "/api/v1/venues?province=Noord-Brabant", null);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().get(0).path("address").asString()).isEqualTo("Brabantlaan 1, 5216 TV 's-Hertogenbosch");
        assertThat(response.json().get(0).path("id").isNumber()).isTrue();
    }

    @Test
    void venues_without_a_province_get_400_naming_the_parameter() {
        var response = asAdmin("GET", "/api/v1/venues", null);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.error("province")).isEqualTo("Dit veld is verplicht.");
    }
}
