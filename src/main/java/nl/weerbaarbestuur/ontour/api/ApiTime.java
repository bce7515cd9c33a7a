package nl.weerbaarbestuur.ontour.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** The API speaks ISO-8601 with an offset: any offset in, the Europe/Amsterdam offset out. */
final class ApiTime {

    private ApiTime() {
    }

    static OffsetDateTime out(Instant instant) {
        return instant == null ? null : instant.atZone(DutchTime.ZONE).toOffsetDateTime();
    }

    static Instant in(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
