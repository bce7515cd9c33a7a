package nl.weerbaarbestuur.ontour.planning;

/** DRAFT -> PUBLISHED -> COMPLETED, or CANCELLED (with a reason) from DRAFT or PUBLISHED. */
public enum SessionStatus {
    DRAFT, PUBLISHED, COMPLETED, CANCELLED
}
