package nl.weerbaarbestuur.ontour.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.Map;

@Schema(name = "CancelRequest")
record CancelRequest(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 1000,
                description = "Why the session is cancelled; participants are told", example = "De trainer is ziek.")
        String reason,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) implements StrictInput {

    CancelRequest {
        unknownFields = StrictInput.copy(unknownFields);
    }
}
