package nl.weerbaarbestuur.ontour.planning;

/** How far a tour reached a province: the colours of the map. */
public enum Coverage {
    /** No session that is not cancelled. */
    NONE,
    /** At least one draft or published session, none held yet. */
    PLANNED,
    /** At least one session held (completed). */
    HELD
}
