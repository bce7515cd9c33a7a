package nl.weerbaarbestuur.ontour.planning;

import java.util.Collection;
import java.util.Map;

/**
 * How full sessions are, for planning's own lists (the session list, the tour overview). The
 * registration module owns the registrations and implements this, so that planning never depends
 * on it (as with {@link SeatsTaken}); without an implementation the lists show no figures.
 */
public interface SessionFill {

    /**
     * Seats taken and places on the waitlist; of the seats taken, how many chose to come on location
     * and how many online (only a hybrid session's registrations make that choice).
     */
    record Fill(int confirmed, int waitlisted, int inPerson, int online) {

        public static final Fill NONE = new Fill(0, 0, 0, 0);

        /** Seats taken without a choice: a hybrid session's registrations made by staff or through the API. */
        public int undecided() {
            return Math.max(0, confirmed - inPerson - online);
        }
    }

    /** The fill of each session asked for (every id is in the map), in a fixed number of statements. */
    Map<Long, Fill> fill(Collection<Long> sessionIds);
}
