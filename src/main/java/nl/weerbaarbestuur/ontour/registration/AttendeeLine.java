package nl.weerbaarbestuur.ontour.registration;

import java.time.Instant;

/**
 * One line of an attendee list, as organisers and griffies see it: who, in what status, who
 * registered them and when, their needs, and for a hybrid session whether they come on location or
 * online ({@code attendance}, null otherwise). A copy, not the entity: views and exports cannot
 * change a registration behind the service's back.
 */
public record AttendeeLine(long id, long sessionId, String fullName, String email, ParticipantFunction function,
                       String provinceCode, String fractie, String accessibilityNeeds, String dietaryNeeds,
                       String remarks, RegistrationStatus status, Long waitlistPosition, MadeBy madeBy,
                       String madeByAccount, Instant createdAt, Instant statusChangedAt, AttendanceMode attendance) {

    static AttendeeLine of(Registration r) {
        return new AttendeeLine(r.getId(), r.getSessionId(), r.getFullName(), r.getEmail(), r.getFunction(),
                r.getProvinceCode(), r.getFractie(), r.getAccessibilityNeeds(), r.getDietaryNeeds(), r.getRemarks(),
                r.getStatus(), r.getStatus() == RegistrationStatus.WAITLISTED ? r.getWaitlistPosition() : null,
                r.getMadeBy(), r.getMadeByAccount(), r.getCreatedAt(), r.getStatusChangedAt(), r.getAttendance());
    }
}
