package nl.weerbaarbestuur.ontour.planning;

/** A published session changed venue or meeting link (or format). */
public record SessionMoved(long sessionId, Long oldVenueId, Long newVenueId, boolean meetingLinkChanged,
                           SessionFormat oldFormat, SessionFormat newFormat) implements SessionEvents {
}
