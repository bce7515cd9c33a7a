package nl.weerbaarbestuur.ontour.replies;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.criteria.Predicate;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of handled replies ({@code calendar_reply}, the "agenda-antwoorden") as personal data:
 * each row may name a registration and holds the sender's address. The privacy module reads it for
 * a person's inzage, erases it with the person, and purges it after {@code ontour.replies.log-retention};
 * rows of registrations anonymised by retention go with them. A person is their registrations and
 * their address: rows about those registrations, and rows sent from that address (also the unknown
 * and suspect ones); a trainer whose address is erased also loses the rows about their invites.
 *
 * <p>Organisers read the log on the page "Agenda-antwoorden" ({@link #search}): nothing of a message's
 * own text is shown there but what is ours ({@link OwnText}, {@link ReplyReason}), and the sender only masked.
 */
@Service
public class ReplyLog {

    /** One handled reply as the person's inzage shows it: when, what it said, what became of it. */
    public record Entry(Instant handledAt, @Nullable String answer, String outcome, @Nullable Long registrationId) {
    }

    /**
     * One handled reply as organisers see it: when it came, what became of it, the answer (a PARTSTAT
     * of RFC 5545, or {@code OTHER}), the session when the reply named one of ours, the sender masked,
     * and the reason as a translation key with its numbers.
     *
     * @param outcome     the outcome's name ({@code replies.log.outcome.NAME})
     * @param answer      ACCEPTED, DECLINED, TENTATIVE, DELEGATED, NEEDS-ACTION, OTHER; null when no calendar was read
     * @param sessionId   the session of the invite answered, when the reply matched an invite of ours
     * @param sessionTitle its title, when the session is still there
     * @param sender      the From address masked ("a•••@e•••.nl")
     * @param reasonKey   {@code replies.log.reason.*}, null when there is no reason to give
     * @param trainer     the reply answered a trainer's invite
     */
    public record Line(long id, Instant receivedAt, String outcome, @Nullable String answer, @Nullable Long sessionId,
                       @Nullable String sessionTitle, String sender, @Nullable String reasonKey, List<Long> reasonNumbers,
                       boolean trainer) {
    }

    /** What the log is filtered on: an outcome's name, and a period of days (Dutch time), each optional. */
    public record Filter(@Nullable String outcome, @Nullable LocalDate from, @Nullable LocalDate to) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    private static final List<Long> NONE = List.of(-1L);
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("handledAt"), Sort.Order.desc("id"));
    /** A masked address is short; a sender with an absurd top-level domain is cut, not echoed. */
    private static final int SENDER_SHOWN = 40;

    private final CalendarReplyRepository replies;
    private final ReplySettings settings;
    private final PlanningService planning;

    ReplyLog(CalendarReplyRepository replies, ReplySettings settings, PlanningService planning) {
        this.replies = replies;
        this.settings = settings;
        this.planning = planning;
    }

    /** The outcomes a row can have, for the filter (a duplicate is never a row). */
    public List<String> outcomes() {
        return Arrays.stream(ReplyOutcome.values()).filter(o -> o != ReplyOutcome.DUPLICATE).map(Enum::name).toList();
    }

    /** One page of the log, newest first. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<Line> search(Filter filter, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 500));
        int skip = offset % size;
        var first = replies.findAll(spec(filter), PageRequest.of(offset / size, size, NEWEST_FIRST));
        var rows = new ArrayList<>(first.getContent().subList(Math.min(skip, first.getNumberOfElements()),
                first.getNumberOfElements()));
        if (skip > 0 && first.hasNext()) {
            // An offset that is no multiple of the limit: the rest comes from the next page.
            rows.addAll(replies.findAll(spec(filter), first.nextPageable()).getContent().stream().limit(skip).toList());
        }
        var sessions = new HashMap<Long, Optional<SessionFacts>>();
        return rows.stream().map(row -> line(row, sessions)).toList();
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public long count(Filter filter) {
        return replies.count(spec(filter));
    }

    private Line line(CalendarReply row, HashMap<Long, Optional<SessionFacts>> sessions) {
        // Only a reply that matched one of our invites names a session: a UID of our shape alone could be made up.
        var sessionId = row.getRegistrationId() != null || row.getTrainerId() != null ? OwnText.sessionId(row.getUid()).orElse(null) : null;
        var session = sessionId == null ? Optional.<SessionFacts>empty() : sessions.computeIfAbsent(sessionId, planning::find);
        var answer = row.getPartStat() == null ? null : OwnText.PART_STATS.contains(row.getPartStat()) ? row.getPartStat() : "OTHER";
        var sender = EmailAddresses.masked(row.getSender());
        var reason = ReplyReason.of(row.getDetail());
        return new Line(row.getId(), row.getHandledAt(), row.getOutcome().name(), answer, sessionId,
                session.map(SessionFacts::title).orElse(null),
                sender.length() > SENDER_SHOWN ? sender.substring(0, SENDER_SHOWN) + "…" : sender,
                reason == null ? null : reason.key(), reason == null ? List.of() : reason.numbers(), row.getTrainerId() != null);
    }

    private static Specification<CalendarReply> spec(Filter filter) {
        return (root, query, cb) -> {
            var where = new ArrayList<Predicate>();
            outcome(filter.outcome()).ifPresent(o -> where.add(cb.equal(root.get("outcome"), o)));
            if (filter.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("handledAt"), filter.from().atStartOfDay(DutchTime.ZONE).toInstant()));
            }
            if (filter.to() != null) {
                where.add(cb.lessThan(root.get("handledAt"), filter.to().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private static Optional<ReplyOutcome> outcome(@Nullable String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReplyOutcome.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** How long a handled reply is kept (the privacy statement names it). */
    public Duration retention() {
        return settings.logRetention();
    }

    /** The rows about these registrations or from this address, oldest first. */
    @Transactional(readOnly = true)
    public List<Entry> concerning(Collection<Long> registrationIds, String address) {
        var rows = new java.util.TreeMap<Long, CalendarReply>(); // by id: a row from the address may also be about a registration
        for (var chunk : chunks(registrationIds)) {
            replies.findConcerning(chunk, normalised(address)).forEach(r -> rows.put(r.getId(), r));
        }
        return rows.values().stream()
                .map(r -> new Entry(r.getHandledAt(), r.getPartStat(), r.getOutcome().name(), r.getRegistrationId())).toList();
    }

    /** How many rows an erasure of this person would remove (the preview). */
    @Transactional(readOnly = true)
    public int countConcerning(Collection<Long> registrationIds, String address) {
        return concerning(registrationIds, address).size();
    }

    /**
     * How many rows an erasure of this person would remove (the preview), when the address is also a
     * trainer's: their registrations' rows, those from the address, and those about the trainers' invites.
     */
    @Transactional(readOnly = true)
    public int countConcerning(Collection<Long> registrationIds, Collection<Long> trainerIds, String address) {
        var ids = new java.util.TreeSet<Long>();
        for (var chunk : chunks(registrationIds)) {
            replies.findConcerning(chunk, normalised(address)).forEach(r -> ids.add(r.getId()));
        }
        if (!trainerIds.isEmpty()) {
            replies.findByTrainerIdIn(trainerIds).forEach(r -> ids.add(r.getId()));
        }
        return ids.size();
    }

    /** Erasure: removes every row about these registrations or from this address; returns how many. */
    @Transactional
    public int forget(Collection<Long> registrationIds, String address) {
        return forget(registrationIds, List.of(), address);
    }

    /**
     * Erasure of an address that is also a trainer's: removes the rows of {@link #forget(Collection, String)}
     * and every row about these trainers' invites (a forged reply in a trainer's name is about them too).
     */
    @Transactional
    public int forget(Collection<Long> registrationIds, Collection<Long> trainerIds, String address) {
        int removed = 0;
        for (var chunk : chunks(registrationIds)) {
            removed += replies.deleteConcerning(chunk, normalised(address));
        }
        if (!trainerIds.isEmpty()) {
            removed += replies.deleteByTrainerIds(trainerIds);
        }
        return removed;
    }

    /** Registrations anonymised (or deleted) by retention: their rows go with them. */
    @Transactional
    public int forgetRegistrations(Collection<Long> registrationIds) {
        int removed = 0;
        if (registrationIds.isEmpty()) {
            return 0;
        }
        for (var chunk : chunks(registrationIds)) {
            removed += replies.deleteByRegistrationIds(chunk);
        }
        return removed;
    }

    /** The retention job: rows handled the log's retention ago or longer go; returns how many. */
    @Transactional
    public int purgeExpired(Instant now) {
        return replies.deleteHandledUntil(now.minus(settings.logRetention()));
    }

    private static String normalised(@Nullable String address) {
        // An empty address matches no row: senders are stored only when they are an address.
        return address == null || address.isBlank() ? "\u0000" : address.strip().toLowerCase(Locale.ROOT);
    }

    private static List<List<Long>> chunks(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of(NONE);
        }
        var list = List.copyOf(ids);
        var result = new ArrayList<List<Long>>();
        for (int i = 0; i < list.size(); i += 500) {
            result.add(list.subList(i, Math.min(list.size(), i + 500)));
        }
        return result;
    }
}
