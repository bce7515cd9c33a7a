package nl.weerbaarbestuur.ontour.registration;

import org.jspecify.annotations.Nullable;

/** The state after confirming, approving, cancelling or moving, or of a registration looked up by its manage link. */
public record RegistrationOutcome(long registrationId, long sessionId, RegistrationStatus status, @Nullable Long waitlistPosition,
                                  boolean alreadyConfirmed) {

    static RegistrationOutcome of(Registration r, boolean already) {
        return new RegistrationOutcome(r.getId(), r.getSessionId(), r.getStatus(), r.getWaitlistPosition(), already);
    }
}
