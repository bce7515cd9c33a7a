package nl.weerbaarbestuur.ontour.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access log: the services that show staff participants' personal data call {@link #record}
 * (inside their own transaction, so a look that fails leaves no row and a row is never lost
 * without the look failing too). Organisers read it filtered by user, session and period; a
 * participant's inzage reads the rows that concern them through {@link #concerning}.
 */
@Service
public class AccessLog {

    private static final Logger log = LoggerFactory.getLogger(AccessLog.class);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "accessedAt").and(Sort.by(Sort.Direction.DESC, "id"));

    /** What the organiser filters on; null means any. The dates are Amsterdam days, both inclusive. */
    public record Filter(@Nullable String accountEmail, @Nullable Long sessionId, @Nullable LocalDate from, @Nullable LocalDate to) {
        public static final Filter ALL = new Filter(null, null, null, null);
    }

    /** A session as it appears in the log, for the session filter. */
    public record SessionRef(long id, String title) {
    }

    /** A registration of the person asking for their inzage: whose list could have held it, since when. */
    public record Holding(long registrationId, long sessionId, String provinceCode, Instant since) {
    }

    /**
     * One look at a participant's data as the participant is told about it: the staff role and the
     * provinces it covered (not the staff member's name or address), what and when;
     * {@code aboutYouOnly} when it was their own details rather than a list they were on.
     */
    public record Seen(Instant at, String staffRole, @Nullable String provinces, AccessAction action, @Nullable Long sessionId,
                       @Nullable String sessionTitle, boolean aboutYouOnly, int rowCount) {
    }

    private final AccessLogRepository entries;
    private final CurrentUser currentUser;
    private final PlanningService planning;
    private final Clock clock;

    AccessLog(AccessLogRepository entries, CurrentUser currentUser, PlanningService planning, Clock clock) {
        this.entries = entries;
        this.currentUser = currentUser;
        this.planning = planning;
        this.clock = clock;
    }

    /**
     * Logs that the signed-in staff member just saw {@code rowCount} people of a session (or, with a
     * {@code registrationId}, one person's details). Joins the caller's transaction, which must not be
     * read-only.
     */
    @Transactional
    public void record(AccessAction action, @Nullable Long sessionId, @Nullable Long registrationId, int rowCount) {
        var user = currentUser.require();
        String title = sessionId == null ? null
                : planning.find(sessionId).map(SessionFacts::title).orElse(null);
        entries.save(new AccessLogEntry(clock.instant(), user.id(), user.email(), user.displayName(), user.role().name(),
                user.is(Role.GRIFFIE) ? user.provinceCodes() : null, action, sessionId, title, registrationId, rowCount));
        log.info("account {} {} session {} registration {}: {} rows", user.id(), action, sessionId, registrationId, rowCount);
    }

    /** One page of the log, newest first. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<AccessLogEntry> search(Filter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        int skip = offset % size;
        var first = entries.findAll(spec(filter), PageRequest.of(offset / size, size, NEWEST_FIRST));
        if (skip == 0 || !first.hasNext()) {
            return first.getContent().subList(Math.min(skip, first.getNumberOfElements()), first.getNumberOfElements());
        }
        // An offset that is no multiple of the limit: the rest comes from the next page.
        var rows = new ArrayList<>(first.getContent().subList(skip, first.getNumberOfElements()));
        rows.addAll(entries.findAll(spec(filter), first.nextPageable()).getContent().stream().limit(skip).toList());
        return rows;
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return entries.count(spec(filter));
    }

    /** The staff addresses that occur in the log, for the user filter. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<String> accounts() {
        return entries.findAccounts();
    }

    /** The sessions that occur in the log, newest id first, for the session filter. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<SessionRef> sessions() {
        return entries.findSessions().stream()
                .map(row -> new SessionRef((Long) row[0], row[1] == null ? "#" + row[0] : (String) row[1])).toList();
    }

    /**
     * The looks that concern one person, oldest first: their own details opened, and every list of a
     * session they had registered for by then, when the staff member's scope covered their province.
     * Not role-checked: the caller (the inzage) has identified the person by their manage link.
     */
    @Transactional(readOnly = true)
    public List<Seen> concerning(Collection<Holding> holdings) {
        if (holdings.isEmpty()) {
            return List.of();
        }
        var sessionIds = holdings.stream().map(Holding::sessionId).distinct().toList();
        var registrationIds = holdings.stream().map(Holding::registrationId).distinct().toList();
        return entries.findConcerning(sessionIds, registrationIds).stream()
                .filter(e -> holdings.stream().anyMatch(h -> concerns(e, h)))
                .map(e -> new Seen(e.getAccessedAt(), e.getAccountRole(), e.getScope(), e.getAction(),
                        e.getSessionId(), e.getSessionTitle(), e.getRegistrationId() != null, e.getRowCount()))
                .toList();
    }

    private static boolean concerns(AccessLogEntry e, Holding h) {
        if (e.getRegistrationId() != null) {
            return e.getRegistrationId() == h.registrationId();
        }
        return Objects.equals(e.getSessionId(), h.sessionId()) && !e.getAccessedAt().isBefore(h.since())
                && e.covers(h.provinceCode());
    }

    /**
     * Removes the entries older than the cutoff (the retention job calls this with now minus the log
     * retention period).
     *
     * @return how many entries were removed
     */
    @Transactional
    public int purgeOlderThan(Instant cutoff) {
        int removed = entries.deleteOlderThan(cutoff);
        if (removed > 0) {
            log.info("Purged {} access log entries older than {}", removed, cutoff);
        }
        return removed;
    }

    private static Specification<AccessLogEntry> spec(Filter filter) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            if (filter.accountEmail() != null && !filter.accountEmail().isBlank()) {
                where.add(cb.equal(root.get("accountEmail"), filter.accountEmail().strip()));
            }
            if (filter.sessionId() != null) {
                where.add(cb.equal(root.get("sessionId"), filter.sessionId()));
            }
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("accessedAt"), filter.from().atStartOfDay(DutchTime.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("accessedAt"), filter.to().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
