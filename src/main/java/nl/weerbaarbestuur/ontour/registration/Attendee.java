package nl.weerbaarbestuur.ontour.registration;

import java.time.Instant;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import org.jspecify.annotations.Nullable;

/**
 * One person's registration for one session, as every module and screen outside this one sees it:
 * the attendee lists and exports, the check-in desk, calendar invites, reminders, results, the API.
 * A copy, not the entity: nobody outside this module can change a registration behind its
 * services' back, and the tokens, consent and retention columns stay inside.
 *
 * <p>{@code waitlistPosition} is the place it got on the waitlist, kept after a promotion (the
 * API has always shown it so); {@code seatSince} is when it got its seat (confirmed, or promoted
 * from the waitlist), null while it holds none. {@code madeByAccount} is the e-mail of the staff
 * member who registered someone on their behalf, null for the participant's own registration.
 * {@code calendarAnswer} is what the participant answered to the current version of their calendar
 * invite (a reply read by module replies), null when they have not answered it.
 */
public record Attendee(long registrationId, long sessionId, String fullName, String email, String language,
                       ParticipantFunction function, String fractie, String provinceCode, String accessibilityNeeds,
                       String dietaryNeeds, String remarks, RegistrationStatus status, Long waitlistPosition,
                       MadeBy madeBy, String madeByAccount, Instant createdAt, Instant statusChangedAt,
                       @Nullable Instant seatSince, @Nullable AttendanceMode attendance,
                       @Nullable CalendarAnswer calendarAnswer) {

    static Attendee of(Registration r) {
        return new Attendee(r.getId(), r.getSessionId(), r.getFullName(), r.getEmail(), r.getLanguage(), r.getFunction(),
                r.getFractie(), r.getProvinceCode(), r.getAccessibilityNeeds(), r.getDietaryNeeds(), r.getRemarks(),
                r.getStatus(), r.getWaitlistPosition(), r.getMadeBy(), r.getMadeByAccount(), r.getCreatedAt(),
                r.getStatusChangedAt(),
                r.getStatus() != RegistrationStatus.CONFIRMED ? null
                        : r.getPromotedAt() != null ? r.getPromotedAt() : r.getConfirmedAt(),
                r.getAttendance(), r.getCalendarAnswer());
    }

    public boolean holdsSeat() {
        return status == RegistrationStatus.CONFIRMED;
    }

    /** Anonymised (retention or erasure): nothing may be sent to it, nothing kept for it. */
    public boolean isAnonymised() {
        return email != null && email.endsWith("@" + Registration.ANONYMISED_DOMAIN);
    }
}
