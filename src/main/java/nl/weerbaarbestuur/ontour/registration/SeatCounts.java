package nl.weerbaarbestuur.ontour.registration;

import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How full sessions are: confirmed seats and the waitlist, as the pages and the API show them.
 * The registration module owns the seats ({@link Seats}); planning knows the capacity, so the seats
 * left are worked out against the capacity the caller shows.
 */
@Service
public class SeatCounts {

    /** The seats of one session: confirmed (taken) and waiting. */
    public record Count(int confirmed, int waitlisted) {

        public static final Count NONE = new Count(0, 0);

        /** The seats still free out of {@code capacity}; never below zero (a lowered capacity can be overbooked). */
        public int seatsLeft(int capacity) {
            return Math.max(0, capacity - confirmed);
        }
    }

    private final Seats seats;

    SeatCounts(Seats seats) {
        this.seats = seats;
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
}
