package nl.weerbaarbestuur.ontour.api;

import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.griffie.GriffieHome;
import nl.weerbaarbestuur.ontour.planning.PlanningFixture;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.results.ResultsService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.TestPropertySource;

/**
 * The lists that show many sessions read their seat counts in a fixed number of statements, not
 * one or two per session: counted with Hibernate's statistics for 5 and for 200 sessions. Each path
 * is measured three times and the lowest count taken, so that a background job that happens to run
 * meanwhile (the statistics count every thread) cannot add to it.
 */
@TestPropertySource(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
class ListQueryCountTest extends ApiTestSupport {

    @Autowired
    ApplicationContext context;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    PlanningService planning;
    @Autowired
    ProvinceService provinces;
    @Autowired
    RegistrationAdministration registrations;
    @Autowired
    SeatCounts seatCounts;
    @Autowired
    Attendees attendees;
    @Autowired
    AttendanceRecords attendance;
    @Autowired
    GriffieHome griffie;
    @Autowired
    ResultsService results;

    @Test
    void the_session_lists_cost_the_same_statements_for_5_and_for_200_sessions() {
        var fixture = new PlanningFixture(context);
        var sessions = new ArrayList<Long>();
        addSessions(fixture, sessions, 5);
        long listed = sessions.getFirst();

        var five = measure(fixture.tourId(), listed, 5);
        addSessions(fixture, sessions, 195);
        var twoHundred = measure(fixture.tourId(), listed, 200);

        System.out.printf("Statements for 5 / 200 sessions: %s / %s%n", five, twoHundred);
        assertThat(twoHundred).isEqualTo(five);
        assertThat(five.api()).isLessThanOrEqualTo(4);
    }

    @Test
    void the_list_shows_the_same_seats_and_waitlist_as_the_session_itself() {
        var fixture = new PlanningFixture(context);
        var sessions = new ArrayList<Long>();
        addSessions(fixture, sessions, 8);

        var json = get("/api/v1/sessions?tour=" + fixture.tourId()).json();
        var listed = new HashMap<Long, SessionFacts>();
        planning.publicSessions(null, fixture.tourId()).forEach(s -> listed.put(s.id(), s));

        assertThat(json.size()).isEqualTo(8);
        for (var node : json) {
            long id = node.path("id").asLong();
            var one = planning.publicSession(id).orElseThrow();
            var seats = seatCounts.of(id);
            assertThat(node.path("seatsLeft").asInt()).as("seats left of %d", id).isEqualTo(seats.seatsLeft(one.capacity()));
            assertThat(node.path("waitlistLength").asInt()).as("waitlist of %d", id).isEqualTo(seats.waitlisted());
            assertThat(seatCounts.of(listed.keySet())).containsEntry(id, seats);
            assertThat(listed.get(id)).isEqualTo(one);
        }
        // Every fourth session is full (capacity 2, 3 people): no seat left, one on the waitlist.
        var full = seatCounts.of(sessions.getFirst());
        assertThat(full.seatsLeft(2)).isZero();
        assertThat(full.waitlisted()).isEqualTo(1);
        var half = seatCounts.of(sessions.get(1));
        assertThat(half.seatsLeft(30)).isEqualTo(29);
        assertThat(half.waitlisted()).isZero();
        assertThat(seatCounts.of(sessions.get(2)).seatsLeft(30)).isEqualTo(30);
    }

    record Counts(long api, long catalogue, long attendeeList, long home, long griffieHome, long results, long dashboard) {
    }

    /** Every fourth session full with one on the waitlist, every fourth one with one person, the rest empty. */
    private void addSessions(PlanningFixture fixture, List<Long> ids, int count) {
        for (int i = 0; i < count; i++) {
            int n = ids.size();
            var session = fixture.publishedSession("UT", PlanningFixture.uniqueTitle("Telling"),
                    Duration.ofDays(20).plusMinutes(n), n % 4 == 0 ? 2 : 30);
            ids.add(session.getId());
            int people = n % 4 == 0 ? 3 : n % 4 == 1 ? 1 : 0;
            for (int p = 0; p < people; p++) {
                var name = AttendanceTestSupport.unique("Deelnemer " + p).replace(' ', '-');
                SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> registrations.registerOnBehalf(session.getId(),
                        AttendanceTestSupport.person(name, "UT", ParticipantFunction.STATENLID)));
            }
        }
    }

    private Counts measure(long tourId, long sessionId, int expected) {
        long api = lowest(() -> {
            var response = get("/api/v1/sessions?tour=" + tourId);
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.json().size()).isEqualTo(expected);
        });
        // What the public catalogue (/sessies, CatalogueView.beforeEnter) reads.
        long catalogue = lowest(() -> {
            provinces.all();
            var listed = planning.publicSessions(null, null);
            assertThat(listed).hasSizeGreaterThanOrEqualTo(expected);
            assertThat(seatCounts.of(listed.stream().map(SessionFacts::id).toList())).hasSize(listed.size());
            provinces.all();
        });
        // What the attendee list (AttendeeListView.beforeEnter, and its move dialog's choice of sessions) reads.
        long attendeeList = lowest(() -> SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            planning.publicSession(sessionId).orElseThrow();
            seatCounts.of(sessionId);
            attendance.presence(sessionId);
            attendees.open(sessionId);
            attendees.page(sessionId, AttendeeFilter.all(), PageRequest.of(0, 50)).getContent();
            attendees.count(sessionId, AttendeeFilter.all());
            var targets = planning.publicSessions(null, tourId);
            return seatCounts.of(targets.stream().map(SessionFacts::id).toList()).size();
        }));
        // The public home page (HomeView): the published sessions still to come, with their trainers.
        long home = lowest(() -> planning.publicSessions(null, null));
        // The griffie's start page, as a griffie of Utrecht on a first visit. (On a later visit, the page also logs one
        // access per session whose people it lists as changed since then: the audit trail, at most 200 changes.)
        long griffieHome = lowest(() -> SignInAs.as(new SignedInUser(SignInAs.NO_ACCOUNT,
                AttendanceTestSupport.unique("griffie").replace(' ', '-') + "@test.ontour.nl", "Griffie Utrecht",
                Role.GRIFFIE, Set.of("UT"), "", true), () -> griffie.visit("UT")));
        long figures = lowest(() -> SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> results.figures(tourId)));
        // The staff overview (DashboardView): every upcoming session with its seats and its registrations per status.
        long dashboard = lowest(() -> SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var upcoming = planning.upcomingForCurrentUser();
            var ids = upcoming.stream().map(nl.weerbaarbestuur.ontour.planning.SessionFacts::id).toList();
            seatCounts.of(ids);
            return seatCounts.byStatus(ids).size();
        }));
        return new Counts(api, catalogue, attendeeList, home, griffieHome, figures, dashboard);
    }

    private long lowest(Runnable read) {
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        long lowest = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            statistics.clear();
            read.run();
            lowest = Math.min(lowest, statistics.getPrepareStatementCount());
        }
        return lowest;
    }
}
