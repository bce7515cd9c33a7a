package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;
import java.util.Set;

/** Where and when a session of a tour sits, its status and its trainers: the tour planner's view of it. */
public record TourSessionSlot(long sessionId, String provinceCode, Instant startsAt, Instant endsAt, SessionStatus status,
                              Set<Long> trainerIds) {

    public TourSessionSlot {
        trainerIds = Set.copyOf(trainerIds);
    }
}
