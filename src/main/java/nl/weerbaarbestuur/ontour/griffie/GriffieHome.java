package nl.weerbaarbestuur.ontour.griffie;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.audit.AccessAction;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The griffie's start page: the sessions held in its province, its people registered for sessions
 * elsewhere, counts by status, and what changed since the user's last visit (stored per user).
 */
@Service
public class GriffieHome {

    private final PlanningService planning;
    private final Attendees attendees;
    private final GriffieVisitRepository visits;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccessLog accessLog;
    private final SeatCounts seatCounts;

    GriffieHome(PlanningService planning, Attendees attendees, GriffieVisitRepository visits, CurrentUser currentUser,
                Clock clock, AccessLog accessLog, SeatCounts seatCounts) {
        this.seatCounts = seatCounts;
        this.planning = planning;
        this.attendees = attendees;
        this.visits = visits;
        this.currentUser = currentUser;
        this.clock = clock;
        this.accessLog = accessLog;
    }

    /** A session held in the province, with its seats and how many of the province's own people attend. */
    public record SessionHere(long sessionId, String title, Instant startsAt, SessionStatus status, int capacity,
                              int seatsLeft, int waitlistLength) {
    }

    /** One of the province's people, registered for a session held in another province. */
    public record PersonElsewhere(Attendee attendee, String sessionTitle, String sessionProvinceCode, Instant startsAt) {
    }

    public record Counts(int confirmed, int waitlisted, int pending, int awaitingApproval) {
    }

    /** A registration of the province's people that is new or changed status since the last visit. */
    public record Change(Attendee attendee, String sessionTitle) {
    }

    public record Overview(String provinceCode, @Nullable Instant previousVisit, List<SessionHere> sessionsHere,
                           List<PersonElsewhere> elsewhere, Counts counts, List<Change> changes) {
    }

    /** The overview for one province; records this visit, so the next one shows what changed after now. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Overview visit(String provinceCode) {
        var user = currentUser.require();
        if (!user.covers(provinceCode)) {
            throw new AccessDeniedException("griffie of another province");
        }
        var now = clock.instant();
        var visit = visits.findById(user.email());
        var previous = visit.map(GriffieVisit::getLastVisitAt).orElse(null);
        var mine = planning.upcomingForCurrentUser().stream()
                .filter(s -> provinceCode.equals(s.provinceCode()) && s.status() != SessionStatus.DRAFT)
                .toList();
        var active = attendees.ofProvince(provinceCode, RegistrationStatus.ACTIVE);
        var changed = previous == null ? List.<Attendee>of() : attendees.changedSince(provinceCode, previous);
        // Every session this page names read in one go, and the seats of those held here, rather than per session.
        var ids = new HashSet<Long>();
        mine.forEach(s -> ids.add(s.id()));
        active.forEach(a -> ids.add(a.sessionId()));
        changed.forEach(a -> ids.add(a.sessionId()));
        var sessionCache = planning.publicSessions(ids);
        var seatsHere = seatCounts.of(mine.stream().map(s -> s.id()).toList());

        var here = mine.stream()
                .map(s -> session(sessionCache, s.id()))
                .flatMap(Optional::stream)
                .map(s -> {
                    var seats = seatsHere.getOrDefault(s.id(), SeatCounts.Count.NONE);
                    return new SessionHere(s.id(), s.title(), s.startsAt(), s.status(), s.capacity(),
                            seats.seatsLeft(s.capacity()), seats.waitlisted());
                })
                .toList();

        var upcoming = active.stream()
                .filter(a -> session(sessionCache, a.sessionId()).filter(s -> now.isBefore(s.endsAt())).isPresent())
                .toList();
        var elsewhere = upcoming.stream()
                .map(a -> Map.entry(a, session(sessionCache, a.sessionId()).orElseThrow()))
                .filter(e -> !provinceCode.equals(e.getValue().provinceCode()))
                .map(e -> new PersonElsewhere(e.getKey(), e.getValue().title(), e.getValue().provinceCode(),
                        e.getValue().startsAt()))
                .sorted(java.util.Comparator.comparing(PersonElsewhere::startsAt)
                        .thenComparing(p -> p.attendee().fullName()))
                .toList();
        var counts = new Counts(count(upcoming, RegistrationStatus.CONFIRMED), count(upcoming, RegistrationStatus.WAITLISTED),
                count(upcoming, RegistrationStatus.PENDING_CONFIRMATION), count(upcoming, RegistrationStatus.AWAITING_APPROVAL));

        List<Change> changes = changed.stream()
                .map(a -> new Change(a, session(sessionCache, a.sessionId()).map(SessionFacts::title).orElse("")))
                .toList();
        visit.ifPresentOrElse(v -> v.visitedAt(now), () -> visits.save(new GriffieVisit(user.email(), now)));
        logPeopleShown(elsewhere, changes);
        return new Overview(provinceCode, previous, here, elsewhere, counts, changes);
    }

    /** The names on the home are a look at personal data too: one access log entry per session they belong to. */
    private void logPeopleShown(List<PersonElsewhere> elsewhere, List<Change> changes) {
        var shown = new java.util.TreeMap<Long, java.util.Set<Long>>();
        elsewhere.forEach(p -> shown.computeIfAbsent(p.attendee().sessionId(), k -> new java.util.HashSet<>()).add(p.attendee().registrationId()));
        changes.forEach(c -> shown.computeIfAbsent(c.attendee().sessionId(), k -> new java.util.HashSet<>()).add(c.attendee().registrationId()));
        shown.forEach((sessionId, people) -> accessLog.record(AccessAction.GRIFFIE_OVERVIEW, sessionId, null, people.size()));
    }

    private static Optional<SessionFacts> session(Map<Long, SessionFacts> sessions, long id) {
        return Optional.ofNullable(sessions.get(id));
    }

    private static int count(List<Attendee> people, RegistrationStatus status) {
        return (int) people.stream().filter(a -> a.status() == status).count();
    }
}
