package nl.weerbaarbestuur.ontour.planning;

/**
 * How many seats of a session are taken, for the one planning rule that needs it: the capacity
 * may not drop below the confirmed registrations. The registration module owns the seats and
 * implements this, so that planning never depends on registration; without an implementation no
 * seat counts as taken. Everything else about seats (left, waitlist) is asked of the registration
 * module directly.
 */
public interface SeatsTaken {

    int confirmed(long sessionId);
}
