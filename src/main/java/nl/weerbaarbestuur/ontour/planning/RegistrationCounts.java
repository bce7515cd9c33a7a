package nl.weerbaarbestuur.ontour.planning;

/**
 * How many seats of a session are taken. Planning asks; the registration module answers (it
 * implements this interface), so that planning never depends on registration. Without an
 * implementation every session counts as empty.
 */
public interface RegistrationCounts {

    record Counts(int confirmed, int waitlisted) {
        public static final Counts NONE = new Counts(0, 0);
    }

    Counts of(long sessionId);

    /**
     * The counts of many sessions at once, for the lists (catalogue, API, move dialog): a fixed
     * number of queries however many sessions are listed. Every id asked for is in the map.
     */
    default java.util.Map<Long, Counts> of(java.util.Collection<Long> sessionIds) {
        var result = new java.util.HashMap<Long, Counts>();
        sessionIds.forEach(id -> result.put(id, of(id)));
        return result;
    }
}
