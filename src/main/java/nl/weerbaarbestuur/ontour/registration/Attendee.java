package nl.weerbaarbestuur.ontour.registration;

import java.time.Instant;

/**
 * A participant of a session, as the mails addressed to them need it. {@code seatSince} is when
 * the registration got its seat (confirmed, or promoted from the waitlist); null without a seat.
 */
public record Attendee(long registrationId, long sessionId, String fullName, String email, String language,
                       ParticipantFunction function, String provinceCode, RegistrationStatus status, Instant seatSince) {

    static Attendee of(Registration r) {
        return new Attendee(r.getId(), r.getSessionId(), r.getFullName(), r.getEmail(), r.getLanguage(), r.getFunction(),
                r.getProvinceCode(), r.getStatus(),
                r.getStatus() != RegistrationStatus.CONFIRMED ? null
                        : r.getPromotedAt() != null ? r.getPromotedAt() : r.getConfirmedAt());
    }
}
