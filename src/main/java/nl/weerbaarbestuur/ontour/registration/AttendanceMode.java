package nl.weerbaarbestuur.ontour.registration;

/**
 * How a participant of a hybrid session takes part: in the room or online. The organiser needs
 * both numbers (chairs and catering, the size of the video call); for a session that is only in
 * person or only online the format already says it, and the registration stores none.
 */
public enum AttendanceMode {
    IN_PERSON, ONLINE
}
