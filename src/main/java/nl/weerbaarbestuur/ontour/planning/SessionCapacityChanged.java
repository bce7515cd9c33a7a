package nl.weerbaarbestuur.ontour.planning;

/** More (or fewer) seats: a larger capacity may promote people from the waitlist. */
public record SessionCapacityChanged(long sessionId, int oldCapacity, int newCapacity) implements SessionEvents {
}
