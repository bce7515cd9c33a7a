package nl.weerbaarbestuur.ontour.registration;

import java.time.Instant;

/**
 * A registration whose status changed, as the griffie digest lists it: an event in a period,
 * with the moment of that change, and deliberately without e-mail or needs (the digest is mailed).
 */
public record StatusChange(long registrationId, long sessionId, String fullName, ParticipantFunction function, String fractie,
                           String provinceCode, RegistrationStatus status, MadeBy madeBy, Instant changedAt) {
}
