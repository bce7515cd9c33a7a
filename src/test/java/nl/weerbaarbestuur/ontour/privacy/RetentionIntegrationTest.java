package nl.weerbaarbestuur.ontour.privacy;

import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationReceipt;
import nl.weerbaarbestuur.ontour.results.ResultsFixture;
import nl.weerbaarbestuur.ontour.results.ResultsService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each retention rule on its day, and not a day earlier; the dashboard unchanged by
 * anonymisation; a second run that changes nothing. Sessions are on 11 May 2027, 19:00-21:30
 * Amsterdam time. The job runs over the whole (shared) test database, so each test looks at its
 * own rows only.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class RetentionIntegrationTest {

    static final LocalDate MAY_11 = AttendanceTestSupport.SESSION_DAY;

    @Autowired nl.weerbaarbestuur.ontour.calendar.CalendarFeeds feeds;
    @Autowired nl.weerbaarbestuur.ontour.shared.DataEncryption encryption;
    @Autowired RetentionService retention;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired ParticipantRegistrations registrations;
    @Autowired RegistrationAdministration administration;
    @Autowired AttendanceService attendance;
    @Autowired ResultsService results;
    @Autowired MailOutbox outbox;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransactionTemplate transaction;
    @Autowired MutableClock clock;

    AttendanceTestSupport support;

    @BeforeEach
    void setUp() {
        clock.set(FixedClockConfiguration.NOW);
        support = new AttendanceTestSupport(tours, sessions, venues, trainers, administration);
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private Map<String, Object> row(long registrationId) {
        return jdbc.queryForMap("select * from registration where id = ?", registrationId);
    }

    private boolean exists(String table, long id) {
        return jdbc.queryForObject("select count(*) from " + table + " where id = ?", Integer.class, id) == 1;
    }

    private RegistrationReceipt registerWithNeeds(long sessionId, String name) {
        var details = new ParticipantDetails(name, name.toLowerCase().replace(' ', '.') + "@example.nl", ParticipantFunction.STATENLID,
                "UT", "Fractie X", "Rolstoel", "Vegetarisch", "Graag vooraan", "nl");
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> administration.registerOnBehalf(sessionId, details));
    }

    private static Instant amsterdam(LocalDate day, int hour, int minute) {
        return at(day, hour, minute);
    }

    @Test
    void needs_are_removed_the_day_after_the_session_and_not_on_the_day_itself() {
        long session = support.session(support.tour(), "UT", MAY_11, 10, null);
        long id = registerWithNeeds(session, AttendanceTestSupport.unique("Nina Needs")).registrationId();

        clock.set(amsterdam(MAY_11, 23, 59));
        retention.runScheduled();
        assertThat(row(id).get("accessibility_needs")).isEqualTo("Rolstoel");
        assertThat(row(id).get("dietary_needs")).isEqualTo("Vegetarisch");

        clock.set(amsterdam(MAY_11.plusDays(1), 0, 1));
        var run = retention.runScheduled();
        assertThat(row(id).get("accessibility_needs")).isNull();
        assertThat(row(id).get("dietary_needs")).isNull();
        assertThat(row(id).get("remarks")).as("remarks stay until the tour's period").isEqualTo("Graag vooraan");
        assertThat(row(id).get("full_name")).asString().startsWith("Nina Needs");
        assertThat(run.getCounts().get("needs")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void registrations_are_anonymised_on_the_day_the_tours_retention_period_ends_and_not_a_day_earlier() {
        long tour = support.tour();
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> tours.changeRetentionDays(tour, 30));
        long session = support.session(tour, "UT", MAY_11, 10, null);
        var receipt = registerWithNeeds(session, AttendanceTestSupport.unique("Anton Anoniem"));
        long id = receipt.registrationId();

        clock.set(amsterdam(LocalDate.of(2027, 6, 9), 23, 59)); // 29 days after 11 May
        retention.runScheduled();
        assertThat(row(id).get("anonymised_at")).isNull();
        assertThat(row(id).get("full_name")).asString().startsWith("Anton Anoniem");

        clock.set(amsterdam(LocalDate.of(2027, 6, 10), 3, 30)); // 30 days after
        var run = retention.runScheduled();
        var after = row(id);
        assertThat(after.get("anonymised_at")).isNotNull();
        assertThat(after.get("full_name")).isEqualTo("Geanonimiseerd");
        assertThat((String) after.get("email")).endsWith("@anoniem.invalid").doesNotContain("anton");
        assertThat(after.get("fractie")).isNull();
        assertThat(after.get("remarks")).isNull();
        assertThat(after.get("accessibility_needs")).isNull();
        assertThat(after.get("province_code")).isEqualTo("UT");
        assertThat(after.get("participant_function")).isEqualTo("STATENLID");
        assertThat(after.get("status")).isEqualTo("CONFIRMED");
        assertThat(after.get("person_key")).asString().hasSize(64);
        assertThat(run.getCounts().get("anonymised")).isGreaterThanOrEqualTo(1);
        assertThatThrownBy(() -> registrations.byManageToken(receipt.manageToken()))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void a_tours_retention_period_lies_between_30_and_730_days() {
        long tour = support.tour();
        SignInAs.role(Role.ORGANISER);
        assertThat(tours.get(tour).getRetentionDays()).isEqualTo(90);
        assertThatThrownBy(() -> tours.changeRetentionDays(tour, 29)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors().getFirst().field()).isEqualTo("retentionDays"));
        assertThatThrownBy(() -> tours.changeRetentionDays(tour, 731)).isInstanceOf(InvalidInputException.class);
        assertThat(tours.changeRetentionDays(tour, 730).getRetentionDays()).isEqualTo(730);
    }

    @Test
    void unconfirmed_and_expired_registrations_are_deleted_seven_days_after_they_were_asked_for() {
        long session = support.session(support.tour(), "UT", MAY_11, 10, null);
        var start = clock.instant();
        long expired = registrations.request(session, AttendanceTestSupport.person(AttendanceTestSupport.unique("Eef Expired"), "UT",
                ParticipantFunction.STATENLID), true).registrationId();
        var confirmed = registrations.request(session, AttendanceTestSupport.person(AttendanceTestSupport.unique("Cor Confirmed"), "UT",
                ParticipantFunction.STATENLID), true);
        registrations.confirm(confirmed.confirmationToken());
        clock.set(start.plus(Duration.ofDays(1)));
        long pending = registrations.request(session, AttendanceTestSupport.person(AttendanceTestSupport.unique("Pim Pending"), "UT",
                ParticipantFunction.STATENLID), true).registrationId();
        clock.set(start.plus(Duration.ofHours(49)));
        registrations.expireUnconfirmed();
        assertThat(row(expired).get("status")).isEqualTo("EXPIRED");

        clock.set(start.plus(Duration.ofDays(7)).minusSeconds(60));
        retention.runScheduled();
        assertThat(exists("registration", expired)).isTrue();

        clock.set(start.plus(Duration.ofDays(7)));
        var run = retention.runScheduled();
        assertThat(exists("registration", expired)).isFalse();
        assertThat(exists("registration", pending)).as("asked for a day later").isTrue();
        assertThat(exists("registration", confirmed.registrationId())).isTrue();
        assertThat(run.getCounts().get("unconfirmed")).isGreaterThanOrEqualTo(1);

        clock.set(start.plus(Duration.ofDays(8)));
        retention.runScheduled();
        assertThat(exists("registration", pending)).isFalse();
    }

    private long message(String status, Instant createdAt, Instant sentAt) {
        var key = "retention-test:" + UUID.randomUUID();
        clock.set(createdAt);
        transaction.executeWithoutResult(s -> outbox.enqueue(new OutgoingMessage(key, "REMINDER", "nl", "rita@example.nl",
                "Herinnering", "Beste Rita, tot morgen: https://ontour.example.nl/mijn/geheim").withHtml("<p>Beste Rita</p>")));
        jdbc.update("update outbox_message set status = ?, sent_at = ? where message_key = ?", status,
                sentAt == null ? null : LocalDateTime.ofInstant(sentAt, ZoneOffset.UTC), key);
        return jdbc.queryForObject("select id from outbox_message where message_key = ?", Long.class, key);
    }

    private Map<String, Object> mail(long id) {
        return jdbc.queryForMap("select * from outbox_message where id = ?", id);
    }

    @Test
    void the_body_of_a_sent_mail_is_purged_seven_days_after_sending_and_its_metadata_stays() {
        var sentAt = Instant.parse("2027-03-01T10:00:00Z");
        long id = message("SENT", sentAt.minusSeconds(5), sentAt);

        clock.set(sentAt.plus(Duration.ofDays(7)).minusSeconds(60));
        retention.runScheduled();
        assertThat(encryption.decrypt((String) mail(id).get("text_body"))).contains("Beste Rita"); // stored encrypted
        assertThat(mail(id).get("purged_at")).isNull();

        clock.set(sentAt.plus(Duration.ofDays(7)));
        var run = retention.runScheduled();
        var purged = mail(id);
        assertThat(purged.get("text_body")).isEqualTo("");
        assertThat(purged.get("html_body")).isNull();
        assertThat(purged.get("purged_at")).isNotNull();
        assertThat(purged.get("subject")).isEqualTo("Herinnering");
        assertThat(purged.get("recipient")).isEqualTo("rita@example.nl");
        assertThat(purged.get("status")).isEqualTo("SENT");
        assertThat(run.getCounts().get("sent-mail-bodies")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void a_failed_mail_is_purged_after_thirty_days_and_cannot_be_resent() {
        var createdAt = Instant.parse("2027-03-01T10:00:00Z");
        long id = message("FAILED", createdAt, null);

        clock.set(createdAt.plus(Duration.ofDays(30)).minusSeconds(60));
        retention.runScheduled();
        assertThat(mail(id).get("purged_at")).isNull();

        clock.set(createdAt.plus(Duration.ofDays(30)));
        var run = retention.runScheduled();
        assertThat(mail(id).get("purged_at")).isNotNull();
        assertThat(mail(id).get("text_body")).isEqualTo("");
        assertThat(run.getCounts().get("failed-mails")).isGreaterThanOrEqualTo(1);
        SignInAs.role(Role.ORGANISER);
        assertThatThrownBy(() -> outbox.resend(id)).isInstanceOf(BusinessRuleException.class)
                .hasFieldOrPropertyWithValue("messageKey", "mail.log.resend-purged");
    }

    @Test
    void access_log_entries_are_deleted_after_365_days() {
        var exportedAt = Instant.parse("2027-03-01T10:00:00Z");
        jdbc.update("insert into access_log (accessed_at, account_email, account_role, access_action, training_session_id,"
                + " session_title, row_count) values (?, ?, ?, ?, ?, ?, ?)",
                LocalDateTime.ofInstant(exportedAt, ZoneOffset.UTC), "griffie@test.nl", "GRIFFIE", "EXPORT_CSV", 1L, "Retentietest", 3);
        long id = jdbc.queryForObject("select max(id) from access_log", Long.class);

        clock.set(exportedAt.plus(Duration.ofDays(365)).minusSeconds(60));
        retention.runScheduled();
        assertThat(exists("access_log", id)).isTrue();

        clock.set(exportedAt.plus(Duration.ofDays(365)));
        var run = retention.runScheduled();
        assertThat(exists("access_log", id)).isFalse();
        assertThat(run.getCounts().get("access-log")).isGreaterThanOrEqualTo(1);
    }

    @Test
    void calendar_invite_rows_follow_their_registration_when_it_is_anonymised() {
        long session = support.session(support.tour(), "UT", MAY_11, 10, null);
        long id = support.register(session, AttendanceTestSupport.unique("Ivo Invite"), "UT").registrationId();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> invites(id) == 1);

        clock.set(amsterdam(MAY_11.plusDays(89), 12, 0));
        retention.runScheduled();
        assertThat(invites(id)).isEqualTo(1);

        clock.set(amsterdam(MAY_11.plusDays(90), 0, 1));
        retention.runScheduled();
        assertThat(invites(id)).isZero();
        assertThat(row(id).get("anonymised_at")).isNotNull();
    }

    @Test
    void a_participants_feed_links_go_once_no_registration_of_the_address_is_left() {
        long session = support.session(support.tour(), "UT", MAY_11, 10, null);
        var receipt = support.register(session, AttendanceTestSupport.unique("Fenna Feed"), "UT");
        var email = (String) row(receipt.registrationId()).get("email");
        var feedToken = feeds.createParticipantFeed(receipt.manageToken()).orElseThrow();
        assertThat(feeds.countParticipant(email)).isEqualTo(1);

        clock.set(amsterdam(MAY_11.plusDays(89), 12, 0));
        retention.runScheduled();
        assertThat(feeds.countParticipant(email)).isEqualTo(1);
        assertThat(feeds.privateFeed(feedToken)).isPresent();

        clock.set(amsterdam(MAY_11.plusDays(90), 0, 1));
        var run = retention.runScheduled();
        assertThat(feeds.countParticipant(email)).isZero();
        assertThat(feeds.privateFeed(feedToken)).isEmpty();
        assertThat(run.getCounts().get("participant-feeds")).isGreaterThanOrEqualTo(1);
    }

    private int invites(long registrationId) {
        return jdbc.queryForObject("select count(*) from calendar_invite where registration_id = ?", Integer.class, registrationId);
    }

    @Test
    void a_second_run_at_the_same_moment_changes_nothing_and_counts_nothing() {
        long session = support.session(support.tour(), "UT", MAY_11, 10, null);
        long id = registerWithNeeds(session, AttendanceTestSupport.unique("Ida Idem")).registrationId();
        clock.set(amsterdam(MAY_11.plusDays(90), 4, 0));

        var first = retention.runScheduled();
        var rowAfterFirst = row(id);
        var second = retention.runScheduled();

        assertThat(first.getCounts().get("anonymised")).isGreaterThanOrEqualTo(1);
        assertThat(second.getCounts().values()).as(second.getCounts().toString()).allMatch(count -> count == 0);
        assertThat(second.getFailedSteps()).isZero();
        assertThat(row(id)).isEqualTo(rowAfterFirst);
        SignInAs.role(Role.ORGANISER);
        assertThat(retention.lastRun()).get().extracting(RetentionRun::getId).isEqualTo(second.getId());
    }

    @Test
    void the_dashboard_shows_the_same_figures_before_and_after_anonymisation() {
        var fixture = new ResultsFixture(support, attendance, sessions, clock);
        // 11 May + 90 days: only the first Utrecht session is anonymised; Anna's registration for
        // 12 May is not yet, so she must still count once.
        clock.set(amsterdam(LocalDate.of(2027, 8, 9), 12, 0));
        SignInAs.role(Role.ORGANISER);
        var before = results.figures(fixture.tourId);
        retention.runScheduled();
        assertThat(jdbc.queryForObject("select count(*) from registration r join training_session s on s.id = r.training_session_id"
                + " where s.tour_id = ? and r.anonymised_at is not null", Integer.class, fixture.tourId)).isEqualTo(5);
        assertThat(results.figures(fixture.tourId)).isEqualTo(before);

        clock.set(amsterdam(LocalDate.of(2027, 8, 10), 12, 0));
        var beforeSecond = results.figures(fixture.tourId);
        retention.runScheduled();
        assertThat(jdbc.queryForObject("select count(*) from registration r join training_session s on s.id = r.training_session_id"
                + " where s.tour_id = ? and r.anonymised_at is not null", Integer.class, fixture.tourId)).isEqualTo(7);
        assertThat(results.figures(fixture.tourId)).isEqualTo(beforeSecond);
        var utrecht = beforeSecond.provinces().stream().filter(p -> "UT".equals(p.provinceCode())).findFirst().orElseThrow();
        assertThat(utrecht.statenledenReached()).as("Anna counted once, Bert once").isEqualTo(2);
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
    void calendar_replies_go_with_their_registration_when_it_is_anonymised() {
        long session = support.session(support.tour(), "UT", MAY_11, 10, null);
        var receipt = support.register(session, AttendanceTestSupport.unique("Roos Retentie"), "UT");
        var email = (String) row(receipt.registrationId()).get("email");
        long reply = replyRow("ACCEPTED", receipt.registrationId(), email, amsterdam(MAY_11, 20, 0));

        clock.set(amsterdam(MAY_11.plusDays(89), 12, 0));
        retention.runScheduled();
        assertThat(replyExists(reply)).isTrue();

        clock.set(amsterdam(MAY_11.plusDays(90), 0, 1)); // the reply's own 90 days end only at 20:00
        retention.runScheduled();
        assertThat(row(receipt.registrationId()).get("anonymised_at")).isNotNull();
        assertThat(replyExists(reply)).as("gone with the registration it named").isFalse();
    }

    @Test
    void the_calendar_reply_log_is_purged_after_its_retention_and_not_a_minute_earlier() {
        var handledAt = Instant.parse("2027-03-01T10:00:00Z");
        long reply = replyRow("UNKNOWN_INVITE", null, "onbekend+" + UUID.randomUUID() + "@example.nl", handledAt);

        clock.set(handledAt.plus(Duration.ofDays(90)).minusSeconds(60));
        retention.runScheduled();
        assertThat(replyExists(reply)).isTrue();

        clock.set(handledAt.plus(Duration.ofDays(90)));
        var run = retention.runScheduled();
        assertThat(replyExists(reply)).isFalse();
        assertThat(run.getCounts().get("calendar-replies")).isGreaterThanOrEqualTo(1);
    }
}
