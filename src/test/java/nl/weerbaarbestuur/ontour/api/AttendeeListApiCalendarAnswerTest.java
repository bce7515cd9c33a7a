package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import nl.weerbaarbestuur.ontour.registration.CalendarAnswers;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The API's attendee list says what each person answered to their calendar invite: ACCEPTED, TENTATIVE, DECLINED or null. */
class AttendeeListApiCalendarAnswerTest extends ApiTestSupport {

    @Autowired RegistrationAdministration registrations;
    @Autowired CalendarAnswers calendarAnswers;

    @Test
    void each_attendee_carries_the_calendar_answer_or_null() {
        long session = publishedSession(validSession(newTour()));
        long accepting = register(session, unique("Agnes"));
        long silent = register(session, unique("Stijn"));
        calendarAnswers.record(accepting, CalendarAnswer.TENTATIVE);
        calendarAnswers.record(accepting, CalendarAnswer.ACCEPTED);

        var response = asAdmin("GET", "/api/v1/sessions/" + session + "/registrations", null);

        assertThat(response.status()).isEqualTo(200);
        var answers = new java.util.HashMap<Long, String>();
        for (var attendee : response.json()) {
            assertThat(attendee.has("calendarAnswer")).as("the field is always there").isTrue();
            answers.put(attendee.path("id").asLong(), attendee.path("calendarAnswer").isNull() ? null
                    : attendee.path("calendarAnswer").asString());
        }
        assertThat(answers).containsEntry(accepting, "ACCEPTED").containsEntry(silent, null).hasSize(2);
    }

    private long register(long session, String name) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(session,
                new ParticipantDetails(name, name.toLowerCase().replace(' ', '.') + "@example.nl", ParticipantFunction.STATENLID,
                        "FR", null, null, null, null, "nl")).registrationId());
    }
}
