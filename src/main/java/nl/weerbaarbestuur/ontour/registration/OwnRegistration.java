package nl.weerbaarbestuur.ontour.registration;

import java.time.Instant;

/**
 * Everything a registration holds about its participant, for their inzage (AVG art. 15): the
 * person's own copy, with the consent and confirmation moments an attendee list never shows,
 * no tokens and nothing about who at the griffie made it beyond the kind.
 */
public record OwnRegistration(long registrationId, long sessionId, String fullName, String email,
                              ParticipantFunction function, String fractie, String provinceCode,
                              String accessibilityNeeds, String dietaryNeeds, String remarks, String language,
                              RegistrationStatus status, Long waitlistPosition, MadeBy madeBy, Instant createdAt,
                              Instant confirmedAt, Instant statusChangedAt) {

    static OwnRegistration of(Registration r) {
        return new OwnRegistration(r.getId(), r.getSessionId(), r.getFullName(), r.getEmail(), r.getFunction(),
                r.getFractie(), r.getProvinceCode(), r.getAccessibilityNeeds(), r.getDietaryNeeds(), r.getRemarks(),
                r.getLanguage(), r.getStatus(),
                r.getStatus() == RegistrationStatus.WAITLISTED ? r.getWaitlistPosition() : null, r.getMadeBy(),
                r.getCreatedAt(), r.getConfirmedAt(), r.getStatusChangedAt());
    }
}
