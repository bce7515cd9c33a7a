package nl.weerbaarbestuur.ontour.planning;

/** A session was held: follow-ups and results. */
public record SessionCompleted(long sessionId) implements SessionEvents {
}
