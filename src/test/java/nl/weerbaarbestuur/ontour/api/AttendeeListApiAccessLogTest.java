package nl.weerbaarbestuur.ontour.api;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** GET /api/v1/sessions/{id}/registrations writes one access log entry per request, as any other look at the list. */
class AttendeeListApiAccessLogTest extends ApiTestSupport {

    @Autowired RegistrationAdministration registrations;
    @Autowired AccessLog accessLog;

    @Test
    void reading_the_attendee_list_over_the_api_is_logged_once_per_request() {
        long session = publishedSession(validSession(newTour()));
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(session,
                new ParticipantDetails(unique("Gea"), unique("gea") + "@example.nl", ParticipantFunction.STATENLID, "GR",
                        null, null, null, null, "nl")));

        var response = asAdmin("GET", "/api/v1/sessions/" + session + "/registrations", null);

        assertThat(response.status()).isEqualTo(200);
        var entries = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> accessLog.search(new AccessLog.Filter(null, session, null, null), 0, 10));
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AccessAction.API_ATTENDEE_LIST);
            assertThat(e.getAccountEmail()).isEqualTo(ADMIN_EMAIL);
            assertThat(e.getAccountRole()).isEqualTo("ORGANISER");
            assertThat(e.getRowCount()).isEqualTo(1);
        });
    }
}
