package nl.weerbaarbestuur.ontour.api;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationReceipt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class RegistrationApiTest extends ApiTestSupport {

    @Autowired
    ParticipantRegistrations registrations;

    private static Map<String, Object> form(String name, String province) {
        var body = new LinkedHashMap<String, Object>();
        body.put("fullName", name);
        body.put("email", name.toLowerCase().replace(' ', '.') + "@example.nl");
        body.put("function", "STATENLID");
        body.put("province", province);
        body.put("consent", true);
        return body;
    }

    private RegistrationReceipt requested(long session, String name, String province) {
        return registrations.request(session, new ParticipantDetails(name, unique("p") + "@example.nl",
                ParticipantFunction.STATENLID, province, null, null, null, null, "nl"), true);
    }

    @Test
    void registering_answers_202_pending_confirmation_and_repeating_it_gives_the_same_answer() {
        long session = publishedSession(validSession(newTour()));
        var body = form(unique("Anna"), "Fryslân");

        var first = send("POST", "/api/v1/sessions/" + session + "/registrations", body);
        var again = send("POST", "/api/v1/sessions/" + session + "/registrations", body);

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(first.json().path("status").asString()).isEqualTo("PENDING_CONFIRMATION");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.body()).isEqualTo(first.body());
    }

    @Test
    void bad_input_gets_422_with_a_dutch_message_per_field() {
        long session = publishedSession(validSession(newTour()));
        var body = form("x".repeat(200), "Atlantis");
        body.put("email", "geen-adres");
        body.put("consent", false);
        body.put("remarks", "<script>alert(1)</script>");

        var response = send("POST", "/api/v1/sessions/" + session + "/registrations", body);

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.error("email")).startsWith("Vul een geldig e-mailadres in");
        assertThat(response.error("consent")).contains("privacyverklaring");
        assertThat(response.error("fullName")).contains("120");
        assertThat(response.error("province")).isNotNull();
    }

    @Test
    void unknown_and_draft_sessions_are_404_and_unknown_fields_400() {
        assertThat(send("POST", "/api/v1/sessions/987654321/registrations", form("Bob", "FR")).status()).isEqualTo(404);
        long draft = createSession(validSession(newTour()));
        assertThat(send("POST", "/api/v1/sessions/" + draft + "/registrations", form("Bob", "FR")).status()).isEqualTo(404);
        var body = form("Bob", "FR");
        body.put("isAdmin", true);
        assertThat(send("POST", "/api/v1/sessions/" + publishedSession(validSession(newTour())) + "/registrations", body)
                .status()).isEqualTo(400);
    }

    @Test
    void confirming_twice_is_harmless_and_a_wrong_token_is_404() {
        long session = publishedSession(validSession(newTour()));
        var receipt = requested(session, unique("Carla"), "FR");

        var first = send("POST", "/api/v1/confirmations/" + receipt.confirmationToken(), null);
        var second = send("POST", "/api/v1/confirmations/" + receipt.confirmationToken(), null);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("status").asString()).isEqualTo("CONFIRMED");
        assertThat(second.json().path("alreadyConfirmed").asBoolean()).isTrue();
        var wrong = send("POST", "/api/v1/confirmations/not-a-token", null);
        assertThat(wrong.status()).isEqualTo(404);
        assertThat(wrong.json().path("detail").asString()).contains("Deze link is ongeldig");
    }

    @Test
    void the_manage_link_shows_and_cancels_and_the_first_on_the_waitlist_is_promoted() {
        var body = validSession(newTour());
        body.put("capacity", 1);
        long session = publishedSession(body);
        var seated = requested(session, unique("Dirk"), "FR");
        var waiting = requested(session, unique("Eva"), "FR");
        send("POST", "/api/v1/confirmations/" + seated.confirmationToken(), null);
        var queued = send("POST", "/api/v1/confirmations/" + waiting.confirmationToken(), null);
        assertThat(queued.json().path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(queued.json().path("waitlistPosition").asLong()).isEqualTo(1);

        var mine = get("/api/v1/my/" + seated.manageToken());
        assertThat(mine.json().path("status").asString()).isEqualTo("CONFIRMED");
        var cancelled = send("POST", "/api/v1/my/" + seated.manageToken() + "/cancel", null);
        assertThat(cancelled.json().path("status").asString()).isEqualTo("CANCELLED");

        assertThat(get("/api/v1/my/" + waiting.manageToken()).json().path("status").asString()).isEqualTo("CONFIRMED");
        var publicView = get("/api/v1/sessions/" + session).json();
        assertThat(publicView.path("seatsLeft").asInt()).isZero();
        assertThat(get("/api/v1/my/wrong-token").status()).isEqualTo(404);
    }

    @Test
    void the_attendee_list_is_for_organisers_and_scoped_for_a_griffie_and_closed_to_the_public() {
        long session = publishedSession(validSession(newTour()));
        var frisian = requested(session, unique("Fenna"), "FR");
        registrations.confirm(frisian.confirmationToken());
        var limburger = requested(session, unique("Lars"), "LI");
        registrations.confirm(limburger.confirmationToken());

        assertThat(get("/api/v1/sessions/" + session + "/registrations").status()).isEqualTo(401);
        var all = asAdmin("GET", "/api/v1/sessions/" + session + "/registrations", null);
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.json().size()).isEqualTo(2);

        var griffieEmail = unique("griffie.fr") + "@test.ontour.nl";
        var password = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> accountService
                .create(griffieEmail, "Griffie Fryslân", Role.GRIFFIE, java.util.Set.of("FR")).initialPassword());
        var scoped = send("GET", "/api/v1/sessions/" + session + "/registrations", null,
                "Authorization", basic(griffieEmail, password));
        assertThat(scoped.status()).isEqualTo(200);
        assertThat(scoped.json().size()).isEqualTo(1);
        assertThat(scoped.json().get(0).path("province").asString()).isEqualTo("FR");
    }
}
