package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;

/** A published session moved in time: invites need an update with a higher SEQUENCE. */
public record SessionRescheduled(long sessionId, Instant oldStart, Instant oldEnd, Instant newStart, Instant newEnd)
        implements SessionEvents {
}
