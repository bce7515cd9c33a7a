package nl.weerbaarbestuur.ontour.planning;

/** Who a session is meant for. */
public enum Audience {
    STATENLEDEN, GRIFFIE_STAFF, BOTH
}
