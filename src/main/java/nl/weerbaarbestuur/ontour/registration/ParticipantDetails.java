package nl.weerbaarbestuur.ontour.registration;

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
}
