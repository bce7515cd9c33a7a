package nl.weerbaarbestuur.ontour.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.Map;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;

/** A change to a session: reschedule, move, change capacity. Fields left out (or null) stay as they are. */
@Schema(name = "SessionPatch", description = "Reschedule, move or resize a session. Fields left out or null keep their value.")
record SessionPatch(
        @Schema(example = "2027-09-14T19:30:00+02:00") OffsetDateTime startsAt,
        @Schema(example = "2027-09-14T22:00:00+02:00") OffsetDateTime endsAt,
        @Schema(description = "Another venue; for IN_PERSON or HYBRID without one, the provinciehuis") Long venueId,
        @Schema(maxLength = 500) String meetingUrl,
        SessionFormat format,
        @Schema(minimum = "1", maximum = "1000") Integer capacity,
        @Schema(description = "The version you read; when someone changed the session since, the answer is 409. "
                + "Left out: the current version.") Long version,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) implements StrictInput {

    SessionPatch {
        unknownFields = StrictInput.copy(unknownFields);
    }
}
