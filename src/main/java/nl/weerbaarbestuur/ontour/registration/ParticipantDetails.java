package nl.weerbaarbestuur.ontour.registration;

/** What a participant (or a griffie on their behalf) enters; validated by the service. */
public record ParticipantDetails(String fullName, String email, ParticipantFunction function, String provinceCode,
                                 String fractie, String accessibilityNeeds, String dietaryNeeds, String remarks,
                                 String language) {
}
