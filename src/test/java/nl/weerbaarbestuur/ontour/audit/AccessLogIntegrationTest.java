package nl.weerbaarbestuur.ontour.audit;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.SESSION_DAY;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.at;
import static nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import nl.weerbaarbestuur.ontour.attendance.AttendanceService;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.griffie.AttendeeExports;
import nl.weerbaarbestuur.ontour.griffie.ExportFormat;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Every kind of staff look at personal data writes exactly one access log entry with who, when,
 * which session and how many rows; only organisers read the log; the retention purge.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class AccessLogIntegrationTest {

    @Autowired AccessLog accessLog;
    @Autowired Attendees attendees;
    @Autowired AttendeeExports exports;
    @Autowired AttendanceService attendance;
    @Autowired nl.weerbaarbestuur.ontour.griffie.GriffieHome griffieHome;
    @Autowired RegistrationAdministration registrations;
    @Autowired TourService tours;
    @Autowired SessionService sessions;
    @Autowired VenueService venues;
    @Autowired TrainerService trainers;
    @Autowired MutableClock clock;

    private AttendanceTestSupport support;
    private long session;
    private long anna;
    private SignedInUser organiser;
    private SignedInUser griffie;

    @BeforeEach
    void aSessionInUtrechtWithThreePeople() {
        clock.set(FixedClockConfiguration.NOW);
        support = new AttendanceTestSupport(tours, sessions, venues, trainers, registrations);
        session = support.session(support.tour(), "UT", SESSION_DAY, 10, null);
        anna = support.register(session, unique("Anna Utrecht"), "UT").registrationId();
        support.register(session, unique("Bert Utrecht"), "UT");
        support.register(session, unique("Noor Brabant"), "NB");
        clock.set(at(SESSION_DAY, 18, 45));
        organiser = new SignedInUser(4242, unique("organisator").replace(' ', '.') + "@test.ontour.nl", "Olga Organisator",
                Role.ORGANISER, java.util.Set.of(), "", true);
        griffie = SignInAs.withoutAccount(Role.GRIFFIE, "UT");
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private List<AccessLogEntry> entries() {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER),
                () -> accessLog.search(new AccessLog.Filter(null, session, null, null), 0, 100)).reversed();
    }

    @Test
    void opening_an_attendee_list_writes_one_entry_however_many_pages_follow() {
        SignInAs.as(organiser, () -> {
            attendees.open(session);
            attendees.page(session, AttendeeFilter.all(), PageRequest.of(0, 2));
            attendees.page(session, AttendeeFilter.all(), PageRequest.of(1, 2));
            return attendees.count(session, AttendeeFilter.all());
        });

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AccessAction.ATTENDEE_LIST);
            assertThat(e.getAccountEmail()).isEqualTo(organiser.email());
            assertThat(e.getAccountId()).isEqualTo(4242L);
            assertThat(e.getAccountName()).isEqualTo("Olga Organisator");
            assertThat(e.getAccountRole()).isEqualTo("ORGANISER");
            assertThat(e.getScope()).isNull();
            assertThat(e.getAccessedAt()).isEqualTo(at(SESSION_DAY, 18, 45));
            assertThat(e.getSessionId()).isEqualTo(session);
            assertThat(e.getSessionTitle()).startsWith("Weerbaar");
            assertThat(e.getRegistrationId()).isNull();
            assertThat(e.getRowCount()).isEqualTo(3);
        });
    }

    @Test
    void a_griffie_entry_counts_only_the_people_it_saw_and_keeps_its_provinces() {
        SignInAs.as(griffie, () -> attendees.open(session));

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.getAccountRole()).isEqualTo("GRIFFIE");
            assertThat(e.getScope()).isEqualTo("UT");
            assertThat(e.getRowCount()).isEqualTo(2);
            assertThat(e.covers("UT")).isTrue();
            assertThat(e.covers("NB")).isFalse();
        });
    }

    @Test
    void opening_the_check_in_sheet_writes_one_entry_and_its_refreshes_none() {
        SignInAs.as(griffie, () -> {
            attendance.openSheet(session);
            attendance.sheet(session);
            return attendance.sheet(session);
        });

        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AccessAction.CHECK_IN_SHEET);
            assertThat(e.getAccountEmail()).isEqualTo(griffie.email());
            assertThat(e.getRowCount()).isEqualTo(3);
        });
    }

    @Test
    void each_export_format_writes_one_entry() {
        SignInAs.as(organiser, () -> {
            for (var format : ExportFormat.values()) {
                exports.export(session, format, DutchTime.DUTCH);
            }
            return null;
        });

        assertThat(entries()).extracting(AccessLogEntry::getAction)
                .containsExactly(AccessAction.EXPORT_CSV, AccessAction.EXPORT_XLSX, AccessAction.EXPORT_PDF);
        assertThat(entries()).extracting(AccessLogEntry::getRowCount).containsExactly(3, 3, 3);
        assertThat(entries()).allSatisfy(e -> assertThat(e.getAccountEmail()).isEqualTo(organiser.email()));
    }

    @Test
    void opening_one_participants_details_writes_one_entry_naming_the_registration() {
        var line = SignInAs.as(griffie, () -> attendees.detail(anna));

        assertThat(line.registrationId()).isEqualTo(anna);
        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AccessAction.PARTICIPANT_DETAIL);
            assertThat(e.getRegistrationId()).isEqualTo(anna);
            assertThat(e.getRowCount()).isEqualTo(1);
        });
    }

    @Test
    void a_griffie_of_another_province_neither_opens_the_details_nor_leaves_an_entry() {
        assertThatThrownBy(() -> SignInAs.as(SignInAs.withoutAccount(Role.GRIFFIE, "FR"), () -> attendees.detail(anna)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(entries()).isEmpty();
    }

    @Test
    void reading_the_list_for_the_api_writes_one_entry() {
        var list = SignInAs.as(organiser, () -> attendees.forApi(session));

        assertThat(list).hasSize(3);
        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AccessAction.API_ATTENDEE_LIST);
            assertThat(e.getRowCount()).isEqualTo(3);
        });
    }

    @Test
    void the_griffie_home_showing_its_people_in_a_session_elsewhere_writes_one_entry_for_that_session() {
        var brabant = SignInAs.withoutAccount(Role.GRIFFIE, "NB");
        clock.set(FixedClockConfiguration.NOW);
        var overview = SignInAs.as(brabant, () -> griffieHome.visit("NB"));

        assertThat(overview.elsewhere()).anyMatch(p -> p.attendee().sessionId() == session);
        assertThat(entries()).singleElement().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(AccessAction.GRIFFIE_OVERVIEW);
            assertThat(e.getScope()).isEqualTo("NB");
            assertThat(e.getRowCount()).isEqualTo(1);
        });
    }

    @Test
    void a_griffie_cannot_read_the_access_log() {
        SignInAs.user(griffie);
        assertThatThrownBy(() -> accessLog.search(AccessLog.Filter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accessLog.count(AccessLog.Filter.ALL)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accessLog.accounts()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accessLog.sessions()).isInstanceOf(AccessDeniedException.class);
        SignInAs.role(Role.TRAINER);
        assertThatThrownBy(() -> accessLog.search(AccessLog.Filter.ALL, 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_log_filters_by_user_session_and_amsterdam_period() {
        long other = support.session(support.tour(), "UT", SESSION_DAY, 10, null);
        clock.set(at(LocalDate.of(2027, 5, 10), 23, 30));
        SignInAs.as(organiser, () -> attendees.open(session));
        clock.set(at(LocalDate.of(2027, 5, 11), 0, 30));
        SignInAs.as(griffie, () -> attendees.open(session));
        SignInAs.as(organiser, () -> attendees.open(other));

        SignInAs.role(Role.ORGANISER);
        assertThat(accessLog.search(new AccessLog.Filter(organiser.email(), null, null, null), 0, 10))
                .extracting(AccessLogEntry::getSessionId).containsExactly(other, session);
        assertThat(accessLog.search(new AccessLog.Filter(null, session, null, null), 0, 10))
                .extracting(AccessLogEntry::getAccountEmail).containsExactly(griffie.email(), organiser.email());
        var may11 = LocalDate.of(2027, 5, 11);
        assertThat(accessLog.search(new AccessLog.Filter(null, session, may11, may11), 0, 10))
                .extracting(AccessLogEntry::getAccountEmail).containsExactly(griffie.email());
        assertThat(accessLog.count(new AccessLog.Filter(organiser.email(), session, null, LocalDate.of(2027, 5, 10))))
                .isEqualTo(1);
        assertThat(accessLog.accounts()).contains(organiser.email(), griffie.email());
        assertThat(accessLog.sessions()).extracting(AccessLog.SessionRef::id).contains(session, other);
    }

    @Test
    void purging_removes_only_the_entries_before_the_cutoff() {
        clock.set(at(SESSION_DAY, 10, 0));
        SignInAs.as(organiser, () -> attendees.open(session));
        clock.set(at(SESSION_DAY, 12, 0));
        SignInAs.as(organiser, () -> attendees.open(session));

        int removed = accessLog.purgeOlderThan(at(SESSION_DAY, 11, 0));

        assertThat(removed).isGreaterThanOrEqualTo(1);
        assertThat(entries()).extracting(AccessLogEntry::getAccessedAt).containsExactly(at(SESSION_DAY, 12, 0));
    }
}
