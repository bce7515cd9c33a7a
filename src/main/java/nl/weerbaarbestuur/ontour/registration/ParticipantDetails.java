package nl.weerbaarbestuur.ontour.registration;

import org.jspecify.annotations.Nullable;

/** What a participant (or a griffie on their behalf) enters; validated by the service. */
public record ParticipantDetails(String fullName, String email, @Nullable ParticipantFunction function, String provinceCode,
                                 @Nullable String fractie, @Nullable String accessibilityNeeds, @Nullable String dietaryNeeds,
                                 @Nullable String remarks, String language) {
}
