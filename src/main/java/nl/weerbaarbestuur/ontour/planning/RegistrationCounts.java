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
}
