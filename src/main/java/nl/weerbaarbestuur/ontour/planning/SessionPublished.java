package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;

/** A session is open to the public (and to registrations, within its window). */
public record SessionPublished(long sessionId, String provinceCode, Instant startsAt, Instant endsAt) implements SessionEvents {
}
