package nl.weerbaarbestuur.ontour.registration;

import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import org.jspecify.annotations.Nullable;

/**
 * What a participant (or a griffie on their behalf) enters; validated by the service.
 * {@code attendance}: for a hybrid session, on location or online (null otherwise).
 */
public record ParticipantDetails(String fullName, String email, @Nullable ParticipantFunction function, String provinceCode,
                                 @Nullable String fractie, @Nullable String accessibilityNeeds, @Nullable String dietaryNeeds,
                                 @Nullable String remarks, String language, @Nullable AttendanceMode attendance) {

    /** Details without an attendance choice (a session that is not hybrid, or staff registering someone). */
    public ParticipantDetails(String fullName, String email, @Nullable ParticipantFunction function, String provinceCode,
                              @Nullable String fractie, @Nullable String accessibilityNeeds, @Nullable String dietaryNeeds,
                              @Nullable String remarks, String language) {
        this(fullName, email, function, provinceCode, fractie, accessibilityNeeds, dietaryNeeds, remarks, language, null);
    }

    /**
     * The details as a session of this format stores them: a hybrid session's registration says on
     * location or online where the person chose (the form asks it; the API and staff registrations
     * leave it open: null); any other session stores no choice, its format says it.
     */
    ParticipantDetails forFormat(SessionFormat format) {
        if (format == SessionFormat.HYBRID || attendance == null) {
            return this;
        }
        return new ParticipantDetails(fullName, email, function, provinceCode, fractie, accessibilityNeeds, dietaryNeeds,
                remarks, language);
    }
}
