package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;

/** A session as its organisers see it, with the version to send back with a change. */
@Schema(name = "Session", description = "A session as organisers see it (drafts too, with the meeting link).")
record SessionView(
        long id,
        @Schema(description = "Send it back with a PATCH to refuse overwriting someone else's change") long version,
        long tourId,
        String tourName,
        String title,
        String topic,
        String description,
        @Schema(example = "Fryslân") String province,
        @Schema(example = "FR") String provinceCode,
        @Schema(example = "2027-09-14T19:00:00+02:00") OffsetDateTime startsAt,
        @Schema(example = "2027-09-14T21:30:00+02:00") OffsetDateTime endsAt,
        SessionFormat format,
        VenueView venue,
        String meetingUrl,
        int capacity,
        int seatsLeft,
        int waitlistLength,
        Audience audience,
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
