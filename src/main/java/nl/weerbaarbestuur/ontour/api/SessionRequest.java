package nl.weerbaarbestuur.ontour.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;

/** A new session, as an organiser's script sends it. */
@Schema(name = "SessionRequest", description = "A new session (created as a draft).")
record SessionRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "1") Long tourId,
        @Schema(description = "The province by code or by name", example = "Fryslân", requiredMode = Schema.RequiredMode.REQUIRED)
        String province,
        @Schema(maxLength = 160, requiredMode = Schema.RequiredMode.REQUIRED, example = "Omgaan met online intimidatie") String title,
        @Schema(maxLength = 160) String topic,
        @Schema(maxLength = 4000) String description,
        @Schema(description = "ISO-8601 with an offset", example = "2027-09-14T19:00:00+02:00", requiredMode = Schema.RequiredMode.REQUIRED)
        OffsetDateTime startsAt,
        @Schema(description = "ISO-8601 with an offset", example = "2027-09-14T21:30:00+02:00", requiredMode = Schema.RequiredMode.REQUIRED)
        OffsetDateTime endsAt,
        @Schema(description = "A venue in the session's province; left out for IN_PERSON or HYBRID, the provinciehuis")
        Long venueId,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) SessionFormat format,
        @Schema(description = "Required for ONLINE and HYBRID; never shown publicly", maxLength = 500) String meetingUrl,
        @Schema(minimum = "1", maximum = "1000", requiredMode = Schema.RequiredMode.REQUIRED, example = "25") Integer capacity,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Audience audience,
        Set<Long> trainerIds,
        OffsetDateTime registrationOpensAt,
        @Schema(description = "Must not be after the start") OffsetDateTime registrationClosesAt,
        Boolean griffieApprovalRequired,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) implements StrictInput {

    SessionRequest {
        unknownFields = StrictInput.copy(unknownFields);
    }
}
