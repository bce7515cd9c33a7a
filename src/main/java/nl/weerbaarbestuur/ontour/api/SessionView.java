package nl.weerbaarbestuur.ontour.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;

/** A session as its organisers see it, with the version to send back with a change. */
@Schema(name = "Session", description = "A session as organisers see it (drafts too, with the meeting link).")
record SessionView(
        @JsonUnwrapped SessionBasics session,
        @Schema(description = "Send it back with a PATCH to refuse overwriting someone else's change") long version,
        String tourName,
        VenueView venue,
        String meetingUrl,
        int seatsLeft,
        int waitlistLength,
        Set<Long> trainerIds,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt,
        boolean griffieApprovalRequired,
        SessionStatus status,
        String cancellationReason,
        @Schema(description = "Planning warnings (a trainer booked twice, a public holiday, ...), after a create or change")
        List<WarningView> warnings) {

    @Schema(name = "PlanningWarning")
    record WarningView(@Schema(example = "PUBLIC_HOLIDAY") String kind, String message) {
    }
}
