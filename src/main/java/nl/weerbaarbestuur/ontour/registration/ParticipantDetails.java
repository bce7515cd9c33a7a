package nl.weerbaarbestuur.ontour.registration;

/**
 * What a participant (or a griffie on their behalf) enters; validated by the service.
 * {@code attendance}: for a hybrid session, on location or online (null otherwise).
 */
public record ParticipantDetails(String fullName, String email, ParticipantFunction function, String provinceCode,
                                 String fractie, String accessibilityNeeds, String dietaryNeeds, String remarks,
                                 String language, AttendanceMode attendance) {

    /** Details without an attendance choice (a session that is not hybrid, or staff registering someone). */
    public ParticipantDetails(String fullName, String email, ParticipantFunction function, String provinceCode,
                              String fractie, String accessibilityNeeds, String dietaryNeeds, String remarks,
                              String language) {
        this(fullName, email, function, provinceCode, fractie, accessibilityNeeds, dietaryNeeds, remarks, language, null);
    }
}
