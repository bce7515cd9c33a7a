package nl.weerbaarbestuur.ontour.replies;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The log of handled replies ({@code calendar_reply}, the "agenda-antwoorden") as personal data:
 * each row may name a registration and holds the sender's address. The privacy module reads it for
 * a person's inzage, erases it with the person, and purges it after {@code ontour.replies.log-retention};
 * rows of registrations anonymised by retention go with them. A person is their registrations and
 * their address: rows about those registrations, and rows sent from that address (also the unknown
 * and suspect ones).
 */
@Service
public class ReplyLog {

    /** One handled reply as the person's inzage shows it: when, what it said, what became of it. */
    public record Entry(Instant handledAt, @Nullable String answer, String outcome, @Nullable Long registrationId) {
    }

    private static final List<Long> NONE = List.of(-1L);

    private final CalendarReplyRepository replies;
    private final ReplySettings settings;

    ReplyLog(CalendarReplyRepository replies, ReplySettings settings) {
        this.replies = replies;
        this.settings = settings;
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

    /** Erasure: removes every row about these registrations or from this address; returns how many. */
    @Transactional
    public int forget(Collection<Long> registrationIds, String address) {
        int removed = 0;
        for (var chunk : chunks(registrationIds)) {
            removed += replies.deleteConcerning(chunk, normalised(address));
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
