package nl.weerbaarbestuur.ontour.testsupport;

import java.time.Instant;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** "Now" is Monday 1 February 2027, 09:00 UTC, unless a test moves it. */
@TestConfiguration(proxyBeanMethods = false)
public class FixedClockConfiguration {

    public static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(NOW);
    }
}
