package nl.weerbaarbestuur.ontour.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;

/** The registration form as JSON: the same fields and rules as the "Aanmelden" page. */
record RegistrationRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 120, example = "Anna de Vries") String fullName,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 254, example = "anna@example.nl") String email,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) ParticipantFunction function,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The province by code or by name", example = "UT") String province,
        @Schema(maxLength = 80) String fractie,
        @Schema(maxLength = 1000) String accessibilityNeeds,
        @Schema(maxLength = 500) String dietaryNeeds,
        @Schema(maxLength = 1000) String remarks,
        @Schema(description = "nl (default) or en: the language of the e-mails", example = "nl") String language,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Consent to the privacy statement at /privacy") boolean consent,
        @Schema(maxLength = 100, description = "For a closed session only: the token of its invitation link (/uitnodiging/{token}); without it a closed session is not found (404)") String invitation,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) implements StrictInput {

    RegistrationRequest {
        unknownFields = StrictInput.copy(unknownFields);
    }
}
