package nl.weerbaarbestuur.ontour.api;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

@Schema(name = "PlanAcceptRequest", description = "The proposals to take over; without keys (or without a body) all of them")
record PlanAcceptRequest(
        @ArraySchema(maxItems = PlanAcceptRequest.MAX_KEYS, schema = @Schema(maxLength = PlanAcceptRequest.MAX_KEY_LENGTH,
                description = "A proposal's key from the run; an unknown key is refused (422)", example = "UT-1"))
        @Nullable List<String> keys,
        @Schema(hidden = true) @JsonAnySetter Map<String, Object> unknownFields) implements StrictInput {

    /** More than any tour has sessions (twelve provinces, a few each): a longer list is a mistake. */
    static final int MAX_KEYS = 500;
    static final int MAX_KEY_LENGTH = 100;

    PlanAcceptRequest {
        unknownFields = StrictInput.copy(unknownFields);
    }
}
