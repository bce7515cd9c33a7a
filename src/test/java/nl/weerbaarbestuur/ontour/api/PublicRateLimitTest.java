package nl.weerbaarbestuur.ontour.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.registration.RegistrationSettings;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class PublicRateLimitTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2027-02-01T09:00:00Z"));

    private static RegistrationSettings limits(boolean enabled, int perMinute) {
        return new RegistrationSettings(Duration.ofHours(48), Duration.ofHours(48),
                new RegistrationSettings.RateLimit(enabled, 30, 3, perMinute));
    }

    @Test
    void a_client_gets_its_quota_per_minute_and_others_are_not_affected() {
        var limit = new PublicRateLimit(clock, limits(true, 3));
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).isTrue();
        assertThat(limit.allow("10.0.0.1")).isFalse();
        assertThat(limit.allow("10.0.0.2")).isTrue();

        clock.advance(Duration.ofMinutes(1));
        assertThat(limit.allow("10.0.0.1")).isTrue();
    }

    @Test
    void switched_off_it_allows_everything() {
        var limit = new PublicRateLimit(clock, limits(false, 1));
        for (int i = 0; i < 100; i++) {
            assertThat(limit.allow("10.0.0.1")).isTrue();
        }
    }
}
