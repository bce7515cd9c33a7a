package nl.weerbaarbestuur.ontour.api;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The attendee list over HTTP: a griffie of a province with nobody in the session gets an empty list, never others' people. */
class AttendeeListApiScopeTest extends ApiTestSupport {

    @Autowired
    RegistrationAdministration registrations;

    @Test
    void a_griffie_of_another_province_gets_an_empty_list_from_the_api() {
        long session = publishedSession(validSession(newTour()));
        var name = unique("Gea");
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(session,
                new ParticipantDetails(name, unique("gea") + "@example.nl", ParticipantFunction.STATENLID, "GR",
                        null, null, null, null, "nl")));

        var griffieEmail = unique("griffie.ze") + "@test.ontour.nl";
        var password = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> accountService
                .create(griffieEmail, "Griffie Zeeland", Role.GRIFFIE, java.util.Set.of("ZE")).initialPassword());
        var scoped = send("GET", "/api/v1/sessions/" + session + "/registrations", null,
                "Authorization", basic(griffieEmail, password));

        assertThat(scoped.status()).isEqualTo(200);
        assertThat(scoped.json().size()).isZero();
        assertThat(scoped.body()).doesNotContain(name);
        var all = asAdmin("GET", "/api/v1/sessions/" + session + "/registrations", null);
        assertThat(all.json().size()).isEqualTo(1);
        assertThat(all.body()).contains(name);
    }
}
