package nl.weerbaarbestuur.ontour.audit;

/** What a staff member did that showed them participants' personal data. */
public enum AccessAction {
    /** Opened a session's attendee list (once per opening, not per lazily loaded page). */
    ATTENDEE_LIST,
    /** Opened a session's check-in sheet with names. */
    CHECK_IN_SHEET,
    EXPORT_CSV,
    EXPORT_XLSX,
    EXPORT_PDF,
    /** Opened one participant's details (the edit dialog). */
    PARTICIPANT_DETAIL,
    /** Read a session's attendee list over the REST API. */
    API_ATTENDEE_LIST,
    /**
     * The griffie home showed people of its province registered for this session (elsewhere, or in
     * what changed since the last visit); one entry per session shown.
     */
    GRIFFIE_OVERVIEW;

    /** The export action of a file format name (CSV, XLSX, PDF). */
    public static AccessAction export(String format) {
        return valueOf("EXPORT_" + format);
    }
}
