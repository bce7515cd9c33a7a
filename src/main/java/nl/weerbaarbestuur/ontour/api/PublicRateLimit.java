package nl.weerbaarbestuur.ontour.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.weerbaarbestuur.ontour.registration.RegistrationSettings;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Limits the public registration endpoints per client address (a fixed window per minute), so a
 * script cannot flood the registrations or guess tokens. On by default; switched off with
 * {@code ontour.registration.rate-limit.enabled=false}. Counted per application instance: with
 * several instances the effective limit is that many times higher.
 */
@Component
class PublicRateLimit {

    private final Clock clock;
    private final boolean enabled;
    private final int perMinute;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    PublicRateLimit(Clock clock,
                    RegistrationSettings registration) {
        var limits = registration.rateLimit();
        this.clock = clock;
        this.enabled = limits.enabled();
        this.perMinute = limits.perMinute();
    }

    private record Window(Instant start, int count) {
    }

    /** Whether this client may make one more request now (and counts it). */
    boolean allow(String clientAddress) {
        if (!enabled) {
            return true;
        }
        var now = clock.instant();
        var window = windows.compute(clientAddress == null ? "?" : clientAddress, (key, old) ->
                old == null || !now.isBefore(old.start().plus(Duration.ofMinutes(1)))
                        ? new Window(now, 1) : new Window(old.start(), old.count() + 1));
        return window.count() <= perMinute;
    }

    @Scheduled(fixedDelay = 300_000)
    void forgetOldWindows() {
        var cutoff = clock.instant().minus(Duration.ofMinutes(1));
        windows.values().removeIf(w -> w.start().isBefore(cutoff));
    }
}
