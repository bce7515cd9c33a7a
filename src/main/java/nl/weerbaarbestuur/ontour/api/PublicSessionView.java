package nl.weerbaarbestuur.ontour.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.OffsetDateTime;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;

/** A session as anyone may see it: no meeting link, no participants, only counts of seats. */
@Schema(name = "PublicSession", description = "A published session as the public sees it (never a meeting link).")
record PublicSessionView(
        @JsonUnwrapped SessionBasics session,
        @Schema(description = "Absent for an online session") VenueView venue,
        int seatsLeft,
        int waitlistLength,
        SessionStatus status,
        OffsetDateTime registrationOpensAt,
        OffsetDateTime registrationClosesAt) {
}
