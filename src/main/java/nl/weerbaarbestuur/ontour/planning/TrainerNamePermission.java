package nl.weerbaarbestuur.ontour.planning;

/**
 * Whether the trainers of a session may see the attendees' names on its check-in page. The
 * organiser decides this while planning the session, so the switch sits in the session editor;
 * the permission itself is kept by the attendance module, which builds on planning and implements
 * this interface (planning cannot call attendance without a cycle between the modules).
 */
public interface TrainerNamePermission {

    /** Whether the organiser has allowed it for this session. */
    boolean allowed(long sessionId);

    /** An organiser allows it, or takes it back. */
    void allow(long sessionId, boolean allowed);
}
