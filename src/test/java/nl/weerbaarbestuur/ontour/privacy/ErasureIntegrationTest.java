package nl.weerbaarbestuur.ontour.privacy;

import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/** Erasure on request (art. 17): by the participant's manage link and by an organiser, before and after the session. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class ErasureIntegrationTest {

    static final LocalDate MAY_11 = AttendanceTestSupport.SESSION_DAY;

    @Autowired ErasureService erasure;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired ParticipantRegistrations registrations;
    @Autowired SeatCounts counts;
    @Autowired RegistrationAdministration administration;
    @Autowired Attendees attendees;
    @Autowired AttendanceService attendance;
    @Autowired AttendanceRecords attendanceRecords;
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

    private static String emailOf(String name) {
        return AttendanceTestSupport.person(name, "UT", ParticipantFunction.STATENLID).email();
    }

    @Test
    void erasure_before_the_session_gives_the_seat_to_the_waitlist_and_anonymises_every_registration_of_the_address() {
        long tour = support.tour();
        long full = support.session(tour, "UT", MAY_11, 1, null);
        long other = support.session(tour, "UT", MAY_11.plusDays(7), 10, null);
        var name = AttendanceTestSupport.unique("Erik Eerder");
        var erik = support.register(full, name, "UT");
        var erikElsewhere = support.register(other, name, "UT");
        var wendy = support.register(full, AttendanceTestSupport.unique("Wendy Wacht"), "UT");
        assertThat(attendees.find(wendy.registrationId()).orElseThrow().status()).isEqualTo(RegistrationStatus.WAITLISTED);

        var receipt = erasure.eraseByManageToken(erik.manageToken());

        assertThat(receipt.registrations()).isEqualTo(2);
        assertThat(receipt.cancelled()).isEqualTo(2);
        assertThat(attendees.find(wendy.registrationId()).orElseThrow().status()).as("promoted").isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(counts.of(full).confirmed()).isEqualTo(1);
        for (var id : new long[]{erik.registrationId(), erikElsewhere.registrationId()}) {
            var row = row(id);
            assertThat(row.get("status")).isEqualTo("CANCELLED");
            assertThat(row.get("full_name")).isEqualTo("Geanonimiseerd");
            assertThat((String) row.get("email")).endsWith(".invalid");
            assertThat(row.get("fractie")).isNull();
            assertThat(row.get("anonymised_at")).isNotNull();
        }
        assertThatThrownBy(() -> registrations.byManageToken(erik.manageToken())).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> registrations.byManageToken(erikElsewhere.manageToken())).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> erasure.eraseByManageToken(erik.manageToken())).as("the link is dead").isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void erasure_after_the_session_anonymises_at_once_and_keeps_status_and_attendance() {
        long session = support.session(support.tour(), "UT", MAY_11, 10, null);
        var name = AttendanceTestSupport.unique("Anouk Achteraf");
        var anouk = support.register(session, name, "UT");
        clock.set(at(MAY_11, 18, 55));
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> attendance.checkIn(anouk.registrationId()));
        clock.set(at(MAY_11.plusDays(2), 10, 0));

        SignInAs.role(Role.ORGANISER);
        var receipt = erasure.eraseAddress(emailOf(name));

        assertThat(receipt.registrations()).isEqualTo(1);
        assertThat(receipt.cancelled()).isZero();
        var row = row(anouk.registrationId());
        assertThat(row.get("status")).isEqualTo("CONFIRMED");
        assertThat(row.get("full_name")).isEqualTo("Geanonimiseerd");
        assertThat(row.get("province_code")).isEqualTo("UT");
        assertThat(attendanceRecords.checkedIn(session)).contains(anouk.registrationId());
    }

    @Test
    void an_organiser_erases_an_address_across_sessions_after_a_preview_and_gets_a_receipt() {
        clock.set(at(LocalDate.of(2027, 1, 10), 12, 0));
        long tour = support.tour();
        long past = support.session(tour, "UT", LocalDate.of(2027, 1, 20), 10, null);
        long future = support.session(tour, "UT", MAY_11, 10, null);
        var name = AttendanceTestSupport.unique("Olga Organisator");
        var address = emailOf(name);
        long inFuture = support.register(future, name, "UT").registrationId();
        long inPast = support.register(past, name, "UT").registrationId();
        long bystander = support.register(future, AttendanceTestSupport.unique("Bram Bystander"), "UT").registrationId();
        transaction.executeWithoutResult(s -> outbox.enqueue(new OutgoingMessage("erasure-test:" + inFuture, "REMINDER", "nl",
                address, "Herinnering", "Beste Olga")));
        clock.set(FixedClockConfiguration.NOW);
        awaitListeners();
        SignInAs.role(Role.ORGANISER);

        var preview = erasure.preview(address.toUpperCase());
        assertThat(preview.registrations()).isEqualTo(2);
        assertThat(preview.cancelled()).isEqualTo(1);
        assertThat(preview.mails()).isGreaterThanOrEqualTo(1);
        assertThat(preview.done()).isFalse();
        assertThat(row(inFuture).get("anonymised_at")).as("a preview changes nothing").isNull();

        var receipt = erasure.eraseAddress(address);

        assertThat(receipt.done()).isTrue();
        assertThat(receipt.registrations()).isEqualTo(2);
        assertThat(receipt.cancelled()).isEqualTo(1);
        assertThat(receipt.mails()).isEqualTo(preview.mails());
        assertThat(receipt.sessions()).extracting(ErasureService.SessionLine::sessionId).containsExactly(past, future);
        assertThat(receipt.sessions()).extracting(ErasureService.SessionLine::cancelled).containsExactly(false, true);
        assertThat(row(inPast).get("anonymised_at")).isNotNull();
        assertThat(row(inFuture).get("anonymised_at")).isNotNull();
        assertThat(row(bystander).get("anonymised_at")).as("nobody else").isNull();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where lower(recipient) = ? and message_type <> 'ERASURE_CONFIRMED'",
                Integer.class, address)).as("mails to the address lost their recipient").isZero();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ? and message_type = 'ERASURE_CONFIRMED'",
                Integer.class, address)).isEqualTo(1);

        var logged = erasure.recent().getFirst();
        assertThat(logged.getChannel()).isEqualTo("ORGANISER");
        assertThat(logged.getRequestedBy()).isEqualTo(SignInAs.withoutAccount(Role.ORGANISER).email());
        assertThat(logged.getRegistrations()).isEqualTo(2);
        assertThat(logged.getPersonKey()).hasSize(64).doesNotContainIgnoringCase("olga");
        assertThat(jdbc.queryForObject("select count(*) from erasure_log where requested_by like ? or person_key like ?",
                Integer.class, "%olga%", "%olga%")).as("the address is not logged").isZero();

        var again = erasure.eraseAddress(address);
        assertThat(again.isEmpty()).as("a second erasure finds nothing").isTrue();
        assertThat(erasure.preview(address).isEmpty()).isTrue();
    }

    /** The invites are mailed after commit, asynchronously: let them land before counting mails. */
    private void awaitListeners() {
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null", Integer.class) == 0);
    }

    @Test
    void only_organisers_erase_by_address() {
        SignInAs.role(Role.GRIFFIE, "UT");
        assertThatThrownBy(() -> erasure.preview("x@example.nl")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> erasure.eraseAddress("x@example.nl")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void no_mail_is_ever_stored_for_an_anonymised_registration() {
        long session = support.session(support.tour(), "UT", MAY_11, 10, null);
        var name = AttendanceTestSupport.unique("Mats Mail");
        var mats = support.register(session, name, "UT");
        SignInAs.role(Role.ORGANISER);
        erasure.eraseAddress(emailOf(name));
        var anonymisedAddress = attendees.find(mats.registrationId()).orElseThrow().email();
        assertThat(attendees.find(mats.registrationId()).orElseThrow().isAnonymised()).isTrue();

        boolean stored = transaction.execute(s -> outbox.enqueue(new OutgoingMessage("erasure-test:anon:" + mats.registrationId(),
                "FOLLOW_UP", "nl", anonymisedAddress, "Bedankt", "Beste Geanonimiseerd")));

        assertThat(stored).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from outbox_message where recipient = ?", Integer.class, anonymisedAddress)).isZero();
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
    void erasure_removes_the_calendar_replies_about_the_person_and_those_sent_from_their_address() {
        long session = support.session(support.tour(), "UT", MAY_11, 10, null);
        var name = AttendanceTestSupport.unique("Rianne Reply");
        var rianne = support.register(session, name, "UT");
        var other = support.register(session, AttendanceTestSupport.unique("Otto Ander"), "UT");
        var email = emailOf(name);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "select count(*) from calendar_invite where registration_id = ?", Integer.class, rianne.registrationId()) == 1);
        long about = replyRow("DECLINED_CANCELLED", rianne.registrationId(), email, clock.instant());
        long fromHer = replyRow("UNKNOWN_INVITE", null, email, clock.instant());
        long notHers = replyRow("ACCEPTED", other.registrationId(), "otto@example.nl", clock.instant());
        long longer = replyRow("SUSPECT", null, "x" + email, clock.instant()); // contains her address: not hers

        SignInAs.role(Role.ORGANISER);
        var preview = erasure.preview(email);
        var receipt = erasure.eraseAddress(email);

        assertThat(preview.invites()).as("invite, and two replies").isEqualTo(receipt.invites());
        assertThat(receipt.invites()).isGreaterThanOrEqualTo(2);
        assertThat(replyExists(about)).isFalse();
        assertThat(replyExists(fromHer)).isFalse();
        assertThat(replyExists(notHers)).isTrue();
        assertThat(replyExists(longer)).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from calendar_reply where lower(sender) = ?", Integer.class, email)).isZero();
    }
}
