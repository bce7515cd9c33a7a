package nl.weerbaarbestuur.ontour.privacy;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DataEncryption;
import org.springframework.jdbc.core.JdbcTemplate;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
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
 * Once the link shows the status only (the session is over) it gives no inzage itself; it can ask
 * for a mailed, short-lived inzage link instead.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class InzageIntegrationTest {

    @Autowired ApplicationContext context;
    @Autowired Inzage inzage;
    @Autowired ParticipantRegistrations registrations;
    @Autowired nl.weerbaarbestuur.ontour.testsupport.MutableClock clock;
    @Autowired InzageLinks links;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataEncryption encryption;

    /** During the session (19:00 to 21:30), after the check-ins: the manage link still shows personal data. */
    static final Instant DURING = at(SESSION_DAY, 21, 0);
    /** After the session: the manage link shows the status only. */
    static final Instant AFTER = at(SESSION_DAY, 22, 0);
    private static final Pattern MAILED_LINK = Pattern.compile("/mijn-gegevens/([A-Za-z0-9_-]{20,})");

    private InzageFixture f;

    @BeforeEach
    void pieterQuintenAndPostma() {
        f = new InzageFixture(context);
        clock.set(DURING);
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
        assertThat(data.generatedAt()).isEqualTo(DURING);
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
    void an_unknown_link_gives_nothing_and_a_repeated_request_adds_a_link_to_the_same_inzage() {
        assertThat(inzage.forManageToken("onbekend-token-1234567890")).isEmpty();
        assertThat(inzage.forManageToken("")).isEmpty();
        assertThat(inzage.forManageToken(null)).isEmpty();
        assertThat(inzage.json("onbekend-token-1234567890")).isEmpty();

        // Asking again with the same address adds a manage link beside the one the person holds
        // (V14: a stranger typing the address cannot kill it); both open the same inzage.
        clock.set(at(SESSION_DAY.minusDays(5), 12, 0));
        var renewed = registrations.request(f.session, new ParticipantDetails(f.pieterName, f.pieterEmail,
                ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"), true);
        assertThat(renewed.repeated()).isTrue();
        assertThat(inzage.forManageToken(renewed.manageToken()).orElseThrow().subject().email()).isEqualTo(f.pieterEmail);
        assertThat(inzage.forManageToken(f.pieterToken)).isPresent();
    }

    @Test
    void an_ended_registrations_link_gives_no_inzage_but_the_active_one_includes_the_cancelled_registration() {
        // An ended registration's link shows the status only (a forwarded or leaked old link must not
        // reveal anything), so it opens no inzage either; the person's active link covers it.
        assertThat(inzage.forManageToken(f.pieterCancelledToken)).isEmpty();

        var data = inzage.forManageToken(f.pieterToken).orElseThrow();
        assertThat(data.registrations()).extracting(Inzage.RegistrationData::id).containsExactly(f.pieter, f.pieterCancelled);
    }

    /** The bodies of the inzage-link mails to this address, decrypted, oldest first. */
    private List<String> mailedTo(String address) {
        return jdbc.queryForList("select text_body from outbox_message where message_type = 'INZAGE_LINK' and recipient = ? "
                + "order by id", String.class, address).stream().map(encryption::decrypt).toList();
    }

    private static String tokenIn(String body) {
        var matcher = MAILED_LINK.matcher(body);
        assertThat(matcher.find()).as("a /mijn-gegevens/ link in the mail").isTrue();
        return matcher.group(1);
    }

    @Test
    void after_the_session_the_manage_link_gives_no_inzage_but_mails_a_link_that_does() {
        clock.set(AFTER);
        assertThat(registrations.showsStatusOnly(registrations.byManageToken(f.pieterToken))).isTrue();
        assertThat(inzage.forManageToken(f.pieterToken)).isEmpty();
        assertThat(inzage.json(f.pieterToken)).isEmpty();

        links.mailLink(f.pieterToken);

        var bodies = mailedTo(f.pieterEmail);
        assertThat(bodies).singleElement().satisfies(body -> assertThat(body).contains(f.pieterName, "24 uur")
                .doesNotContain(f.pieterToken));
        var token = tokenIn(bodies.getFirst());
        var data = inzage.forInzageLink(token).orElseThrow();
        assertThat(data.subject().name()).isEqualTo(f.pieterName);
        assertThat(data.subject().email()).isEqualTo(f.pieterEmail);
        assertThat(data.registrations()).extracting(Inzage.RegistrationData::id).containsExactly(f.pieter, f.pieterCancelled);
        assertThat(data.checkIns()).singleElement().satisfies(c -> assertThat(c.registrationId()).isEqualTo(f.pieter));
        var text = new String(inzage.jsonForInzageLink(token).orElseThrow(), StandardCharsets.UTF_8);
        assertThat(text).contains(f.pieterName).doesNotContain(f.quintenName, f.quintenEmail, f.postmaName, f.postmaEmail,
                "Quinten", "Postma", "GEHEIME-INHOUD", token);
        assertThat(inzage.forInzageLink(token)).as("usable again within its validity").isPresent();
        assertThat(mailedTo(f.quintenEmail)).isEmpty();
    }

    @Test
    void a_mailed_link_works_for_24_hours_and_not_a_minute_longer() {
        clock.set(AFTER);
        links.mailLink(f.pieterToken);
        var token = tokenIn(mailedTo(f.pieterEmail).getFirst());

        clock.set(AFTER.plus(Duration.ofHours(24)).minus(Duration.ofMinutes(1)));
        assertThat(inzage.forInzageLink(token)).isPresent();
        clock.set(AFTER.plus(Duration.ofHours(24)));
        assertThat(inzage.forInzageLink(token)).isEmpty();
        assertThat(inzage.jsonForInzageLink(token)).isEmpty();
    }

    @Test
    void the_fourth_request_in_an_hour_is_refused_and_an_hour_later_one_is_allowed_again() {
        clock.set(AFTER);
        links.mailLink(f.pieterToken);
        clock.advance(Duration.ofMinutes(20));
        links.mailLink(f.pieterToken);
        clock.advance(Duration.ofMinutes(20));
        links.mailLink(f.pieterToken);
        clock.advance(Duration.ofMinutes(19));

        assertThatThrownBy(() -> links.mailLink(f.pieterToken)).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo("inzage.link.error.too-many"));
        assertThat(mailedTo(f.pieterEmail)).hasSize(3);
        assertThat(context.getBean(nl.weerbaarbestuur.ontour.shared.Translations.class)
                .getTranslation("inzage.link.error.too-many", java.util.Locale.forLanguageTag("nl"), 3))
                .startsWith("U hebt in het afgelopen uur al 3 keer");

        clock.advance(Duration.ofMinutes(2));
        links.mailLink(f.pieterToken);
        assertThat(mailedTo(f.pieterEmail)).hasSize(4);
    }

    @Test
    void an_unknown_mailed_link_or_manage_token_gives_nothing() {
        clock.set(AFTER);
        assertThat(inzage.forInzageLink("onbekend-token-1234567890abcdef")).isEmpty();
        assertThat(inzage.forInzageLink("")).isEmpty();
        assertThat(inzage.forInzageLink(null)).isEmpty();
        assertThat(inzage.jsonForInzageLink("onbekend-token-1234567890abcdef")).isEmpty();
        assertThatThrownBy(() -> links.mailLink("onbekend-token-1234567890")).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_mailed_link_of_an_erased_person_gives_nothing() {
        clock.set(AFTER);
        links.mailLink(f.pieterToken);
        var token = tokenIn(mailedTo(f.pieterEmail).getFirst());

        context.getBean(ErasureService.class).eraseByManageToken(f.pieterToken);

        assertThat(inzage.forInzageLink(token)).isEmpty();
        assertThatThrownBy(() -> links.mailLink(f.pieterToken)).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void the_retention_step_removes_a_mailed_link_once_it_has_expired() {
        clock.set(AFTER);
        links.mailLink(f.pieterToken);
        var held = "select count(*) from inzage_link where registration_id = ?";

        links.purgeExpired(AFTER.plus(Duration.ofHours(24)).minus(Duration.ofMinutes(1)));
        assertThat(jdbc.queryForObject(held, Long.class, f.pieter)).isEqualTo(1);
        assertThat(links.purgeExpired(AFTER.plus(Duration.ofHours(24)))).isPositive();
        assertThat(jdbc.queryForObject(held, Long.class, f.pieter)).isZero();
    }

    /** A handled reply as module replies logs it (written directly: the log itself is what is tested here). */
    private long replyRow(String outcome, Long registrationId, String sender, java.time.Instant handledAt) {
        jdbc.update("insert into calendar_reply (message_key, handled_at, outcome, part_stat, registration_id, sender)"
                        + " values (?, ?, ?, ?, ?, ?)", java.util.UUID.randomUUID().toString().replace("-", ""),
                java.time.LocalDateTime.ofInstant(handledAt, java.time.ZoneOffset.UTC), outcome, "DECLINED", registrationId, sender);
        return jdbc.queryForObject("select max(id) from calendar_reply", Long.class);
    }

    private boolean replyExists(long id) {
        return jdbc.queryForObject("select count(*) from calendar_reply where id = ?", Integer.class, id) == 1;
    }

    @Test
    void the_inzage_lists_the_calendar_replies_about_the_person_and_from_their_address_only() {
        long aboutCancelled = replyRow("DECLINED_CANCELLED", f.pieterCancelled, f.pieterEmail, DURING.minusSeconds(120));
        long suspectFromHim = replyRow("SUSPECT", null, f.pieterEmail.toUpperCase(java.util.Locale.ROOT), DURING.minusSeconds(60));
        replyRow("ACCEPTED", f.quinten, f.quintenEmail, DURING.minusSeconds(30));
        replyRow("UNKNOWN_INVITE", null, f.postmaEmail, DURING.minusSeconds(30)); // contains Pieter's address: not his

        var replies = inzage.forManageToken(f.pieterToken).orElseThrow().calendarReplies();

        assertThat(replies).extracting(Inzage.CalendarReplyData::outcome).containsExactly("DECLINED_CANCELLED", "SUSPECT");
        assertThat(replies.getFirst().registrationId()).isEqualTo(f.pieterCancelled);
        assertThat(replies.getFirst().answer()).isEqualTo("DECLINED");
        assertThat(json(f.pieterToken).get("calendarReplies")).hasSize(2);
        assertThat(aboutCancelled).isNotEqualTo(suspectFromHim);
    }
}
