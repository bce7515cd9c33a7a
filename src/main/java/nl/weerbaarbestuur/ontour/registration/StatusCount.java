package nl.weerbaarbestuur.ontour.registration;

/** Registrations of one session with one status, counted: a figure, not a person. */
public record StatusCount(long sessionId, RegistrationStatus status, long count) {
}
