package nl.weerbaarbestuur.ontour.privacy;

import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationService;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inzage holds every kind of record about the person behind the manage link, and nothing of
 * anyone else: not the other attendee of the same session, not a person whose address contains theirs.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class InzageIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired Inzage inzage;
    @Autowired RegistrationService registrations;
    @Autowired nl.weerbaarbestuur.ontour.testsupport.MutableClock clock;

    private InzageFixture f;

    @BeforeEach
    void pieterQuintenAndPostma() {
        f = new InzageFixture(context);
        SignInAs.nobody();
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private JsonNode json(String token) {
        var bytes = inzage.json(token).orElseThrow();
        return JsonMapper.builder().build().readTree(new String(bytes, StandardCharsets.UTF_8));
    }

    @Test
    void the_inzage_holds_registrations_of_the_same_address_in_every_session_and_status() {
        var data = inzage.forManageToken(f.pieterToken).orElseThrow();

        assertThat(data.subject().name()).isEqualTo(f.pieterName);
        assertThat(data.subject().email()).isEqualTo(f.pieterEmail);
        assertThat(data.generatedAt()).isEqualTo(at(SESSION_DAY, 22, 0));
        assertThat(data.registrations()).extracting(Inzage.RegistrationData::id).containsExactly(f.pieter, f.pieterCancelled);
        assertThat(data.registrations()).extracting(Inzage.RegistrationData::status).containsExactly("CONFIRMED", "CANCELLED");
        assertThat(data.registrations().getFirst().session().id()).isEqualTo(f.session);
        assertThat(data.registrations().getFirst().session().title()).startsWith("Weerbaar");
        assertThat(data.registrations().getFirst().accessibilityNeeds()).isEqualTo("Rolstoel " + f.pieterName);
        assertThat(data.registrations().getFirst().madeBy()).isEqualTo("ORGANISER");
    }

    @Test
    void the_inzage_lists_mails_to_the_address_without_their_bodies() {
        var data = inzage.forManageToken(f.pieterToken).orElseThrow();

        assertThat(data.mails()).extracting(Inzage.MailData::subject).anyMatch(s -> s.startsWith("Bericht aan de deelnemers"));
        assertThat(data.mails()).extracting(Inzage.MailData::type).contains("ATTENDEE_MESSAGE", "REGISTERED_ON_BEHALF");
        assertThat(data.mails()).allSatisfy(m -> {
            assertThat(m.createdAt()).isNotNull();
            assertThat(m.status()).isNotBlank();
        });
        var text = new String(inzage.json(f.pieterToken).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("GEHEIME-INHOUD", "Alleen voor Postma", "Alleen voor Quinten", "/mijn/",
                f.pieterToken, f.pieterCancelledToken);
    }

    @Test
    void the_inzage_lists_the_check_ins_of_the_person_only() {
        var data = inzage.forManageToken(f.pieterToken).orElseThrow();

        assertThat(data.checkIns()).singleElement().satisfies(c -> {
            assertThat(c.registrationId()).isEqualTo(f.pieter);
            assertThat(c.sessionId()).isEqualTo(f.session);
            assertThat(c.checkedInAt()).isEqualTo(at(SESSION_DAY, 18, 50));
            assertThat(c.noShow()).isFalse();
        });
    }

    @Test
    void the_inzage_lists_the_looks_at_lists_that_held_the_person_and_at_their_own_details() {
        var looks = inzage.forManageToken(f.pieterToken).orElseThrow().accessLog();

        // Not: the list opened before Pieter registered, the Frisian griffie's list (no Utrecht people),
        // Quinten's own details. The other session's list: Pieter's cancelled registration was on it.
        assertThat(looks).extracting(Inzage.AccessData::action)
                .containsExactly("ATTENDEE_LIST", "EXPORT_CSV", "PARTICIPANT_DETAIL", "ATTENDEE_LIST");
        assertThat(looks).extracting(Inzage.AccessData::sessionId)
                .containsExactly(f.session, f.session, f.session, f.otherSession);
        assertThat(looks.get(0).role()).isEqualTo("ORGANISER");
        assertThat(looks.get(0).provinces()).isNull();
        assertThat(looks.get(0).rowCount()).isEqualTo(2);
        assertThat(looks.get(1).role()).isEqualTo("GRIFFIE");
        assertThat(looks.get(1).provinces()).isEqualTo("UT");
        assertThat(looks.get(2).aboutYouOnly()).isTrue();
        assertThat(looks.get(0).at()).isEqualTo(at(SESSION_DAY.minusDays(10), 9, 0));
    }

    @Test
    void nothing_of_other_people_or_of_staff_addresses_is_in_the_json() {
        var json = json(f.pieterToken);
        var text = json.toString();

        assertThat(json.has("generatedAt")).isTrue();
        assertThat(json.get("subject").get("name").asString()).isEqualTo(f.pieterName);
        for (var field : new String[] {"registrations", "mails", "checkIns", "accessLog"}) {
            assertThat(json.get(field).isArray()).as(field).isTrue();
            assertThat(json.get(field).size()).as(field).isPositive();
        }
        assertThat(json.get("registrations").get(0).get("createdAt").asString()).endsWith("Z");
        assertThat(text).doesNotContain(f.quintenName, f.quintenEmail, f.postmaName, f.postmaEmail, "Quinten", "Postma",
                f.organiserEmail, "gerda.griffie", "Gerda", "Olga");
    }

    @Test
    void quinten_sees_his_own_data_and_not_pieters() {
        var text = new String(inzage.json(f.quintenToken).orElseThrow(), StandardCharsets.UTF_8);

        assertThat(text).contains(f.quintenName).doesNotContain(f.pieterName, f.pieterEmail, "Pieter");
    }

    @Test
    void an_unknown_or_revoked_link_gives_nothing() {
        assertThat(inzage.forManageToken("onbekend-token-1234567890")).isEmpty();
        assertThat(inzage.forManageToken("")).isEmpty();
        assertThat(inzage.forManageToken(null)).isEmpty();
        assertThat(inzage.json("onbekend-token-1234567890")).isEmpty();

        // Asking again with the same address renews the manage link: the old one is revoked.
        clock.set(at(SESSION_DAY.minusDays(5), 12, 0));
        var renewed = registrations.request(f.session, new ParticipantDetails(f.pieterName, f.pieterEmail,
                ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"), true);
        assertThat(renewed.repeated()).isTrue();
        assertThat(inzage.forManageToken(f.pieterToken)).isEmpty();
        assertThat(inzage.forManageToken(renewed.manageToken())).isPresent();
    }

    @Test
    void an_ended_registrations_link_gives_no_inzage_but_the_active_one_includes_the_cancelled_registration() {
        // An ended registration's link shows the status only (a forwarded or leaked old link must not
        // reveal anything), so it opens no inzage either; the person's active link covers it.
        assertThat(inzage.forManageToken(f.pieterCancelledToken)).isEmpty();

        var data = inzage.forManageToken(f.pieterToken).orElseThrow();
        assertThat(data.registrations()).extracting(Inzage.RegistrationData::id).containsExactly(f.pieter, f.pieterCancelled);
    }
}
