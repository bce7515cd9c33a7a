package nl.weerbaarbestuur.ontour.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Slows down password guessing: after a number of failed sign-ins for one e-mail address within a
 * window, further attempts for that address are refused until the window has passed. Kept in
 * memory: one application instance is the deployment we have; a cluster would need a shared store.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final int maxFailures;
    private final Duration window;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock,
                  @Value("${ontour.login.max-failures:5}") int maxFailures,
                  @Value("${ontour.login.block-duration:PT15M}") Duration window) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.window = window;
    }

    private record Failures(int count, Instant last) {
    }

    boolean isBlocked(String username) {
        var entry = failures.get(key(username));
        return entry != null && entry.count() >= maxFailures && !expired(entry);
    }

    void recordFailure(String username) {
        var updated = failures.compute(key(username), (k, old) -> old == null || expired(old)
                ? new Failures(1, clock.instant())
                : new Failures(old.count() + 1, clock.instant()));
        if (updated.count() == maxFailures) {
            log.warn("Sign-in blocked for {} after {} failed attempts", maskedForLog(username), maxFailures);
        }
    }

    void recordSuccess(String username) {
        failures.remove(key(username));
    }

    Duration blockDuration() {
        return window;
    }

    @Scheduled(fixedDelay = 600_000)
    void forgetExpired() {
        failures.values().removeIf(this::expired);
    }

    private boolean expired(Failures entry) {
        return entry.last().plus(window).isBefore(clock.instant());
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }

    /** Logs must not become a list of who uses the platform: keep two letters and the domain. */
    static String maskedForLog(String username) {
        var value = key(username);
        int at = value.indexOf('@');
        if (at <= 0) {
            return "***";
        }
        return value.substring(0, Math.min(2, at)) + "***" + value.substring(at);
    }
}
