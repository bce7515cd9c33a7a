package nl.weerbaarbestuur.ontour.api;

import java.time.Instant;
import java.time.OffsetDateTime;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/** The API speaks ISO-8601 with an offset: any offset in, the Europe/Amsterdam offset out. */
final class ApiTime {

    private ApiTime() {
    }

    @Contract("!null -> !null")
    static @Nullable OffsetDateTime out(@Nullable Instant instant) {
        return instant == null ? null : instant.atZone(DutchTime.ZONE).toOffsetDateTime();
    }

    @Contract("!null -> !null")
    static @Nullable Instant in(@Nullable OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}
