package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;

/** A session as anyone may see it: no meeting link, no participants, only counts of seats. */
@Schema(name = "PublicSession", description = "A published session as the public sees it (never a meeting link).")
record PublicSessionView(
        long id,
        long tourId,
        String title,
        String topic,
        String description,
        @Schema(example = "Fryslân") String province,
        @Schema(example = "FR") String provinceCode,
        @Schema(example = "2027-09-14T19:00:00+02:00") OffsetDateTime startsAt,
        @Schema(example = "2027-09-14T21:30:00+02:00") OffsetDateTime endsAt,
        @Schema(description = "Absent for an online session") VenueView venue,
        SessionFormat format,
        Audience audience,
        int capacity,
        int seatsLeft,
        int waitlistLength,
        SessionStatus status,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt) {
}
