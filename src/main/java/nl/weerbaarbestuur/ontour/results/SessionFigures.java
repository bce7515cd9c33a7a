package nl.weerbaarbestuur.ontour.results;

import java.time.Instant;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;

/** The figures of one session of the tour (cancelled ones included, with their status). */
public record SessionFigures(long sessionId, String provinceCode, String title, Instant startsAt, SessionStatus status,
                             boolean held, int capacity, int confirmed, int waitlisted, int checkedIn, int noShows) {
}
