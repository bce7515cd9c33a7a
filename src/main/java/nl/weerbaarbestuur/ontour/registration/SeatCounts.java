package nl.weerbaarbestuur.ontour.registration;

import java.util.Collection;
import java.util.Map;
import nl.weerbaarbestuur.ontour.planning.SessionFill;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How full sessions are: confirmed seats and the waitlist, as the pages and the API show them.
 * The registration module owns the seats ({@link Seats}); planning knows the capacity, so the seats
 * left are worked out against the capacity the caller shows.
 */
@Service
public class SeatCounts implements SessionFill {

    /** The seats of one session: confirmed (taken) and waiting. */
    public record Count(int confirmed, int waitlisted) {

        public static final Count NONE = new Count(0, 0);

        /** The seats still free out of {@code capacity}; never below zero (a lowered capacity can be overbooked). */
        public int seatsLeft(int capacity) {
            return Math.max(0, capacity - confirmed);
        }
    }

    private final Seats seats;
    private final RegistrationRepository registrations;

    SeatCounts(Seats seats, RegistrationRepository registrations) {
        this.seats = seats;
        this.registrations = registrations;
    }

    /**
     * How many registrations of each session are in each status, in one grouped query: the
     * dashboard's approvals waiting, and the attendee list's explanation of "8 of 30 seats taken"
     * against "31 registrations". Statuses without registrations are absent from a session's map;
     * a session without any registration has an empty map.
     */
    @Transactional(readOnly = true)
    public Map<Long, Map<RegistrationStatus, Integer>> byStatus(Collection<Long> sessionIds) {
        var result = new java.util.HashMap<Long, Map<RegistrationStatus, Integer>>();
        sessionIds.forEach(id -> result.put(id, new java.util.EnumMap<>(RegistrationStatus.class)));
        if (sessionIds.isEmpty()) {
            return result;
        }
        for (var row : registrations.countByStatus(sessionIds)) {
            result.get((Long) row[0]).put((RegistrationStatus) row[1], ((Number) row[2]).intValue());
        }
        return result;
    }

    @Transactional(readOnly = true)
    public Count of(long sessionId) {
        return seats.count(sessionId);
    }

    /**
     * The counts of many sessions at once, for the lists (catalogue, API, move dialog, griffie home):
     * a fixed number of queries however many sessions are listed. Every id asked for is in the map.
     */
    @Transactional(readOnly = true)
    public Map<Long, Count> of(Collection<Long> sessionIds) {
        return seats.counts(sessionIds);
    }

    /**
     * The counts with, of the seats taken, how many come on location and how many online (what a
     * hybrid session's participants chose): for the organiser's lists, in three statements.
     */
    @Override
    @Transactional(readOnly = true)
    public Map<Long, Fill> fill(Collection<Long> sessionIds) {
        var result = new java.util.HashMap<Long, Fill>();
        if (sessionIds.isEmpty()) {
            return result;
        }
        var modes = new java.util.HashMap<Long, int[]>();
        for (var row : registrations.countConfirmedByAttendance(sessionIds)) {
            modes.computeIfAbsent((Long) row[0], id -> new int[2])[((AttendanceMode) row[1]).ordinal()] = ((Number) row[2]).intValue();
        }
        seats.counts(sessionIds).forEach((id, count) -> {
            var split = modes.getOrDefault(id, new int[2]);
            result.put(id, new Fill(count.confirmed(), count.waitlisted(),
                    split[AttendanceMode.IN_PERSON.ordinal()], split[AttendanceMode.ONLINE.ordinal()]));
        });
        return result;
    }
}
