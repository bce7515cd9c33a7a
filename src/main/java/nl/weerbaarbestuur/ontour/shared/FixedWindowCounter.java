package nl.weerbaarbestuur.ontour.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Counts events per key in fixed windows (e.g. per client address per hour), in memory and per
 * application instance. Keys should not be personal data in clear: hash an e-mail address first.
 */
public final class FixedWindowCounter {

    private final Clock clock;
    private final Duration window;
    private final int max;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    public FixedWindowCounter(Clock clock, Duration window, int max) {
        this.clock = clock;
        this.window = window;
        this.max = max;
    }

    private record Window(Instant start, int count) {
    }

    /** Counts one event for {@code key} and says whether it is still within the limit. */
    public boolean tryAcquire(String key) {
        var now = clock.instant();
        var updated = windows.compute(key, (k, old) -> current(old, now) == null
                ? new Window(now, 1) : new Window(old.start(), Math.min(old.count(), max) + 1));
        return updated.count() <= max;
    }

    /** Whether one more event for {@code key} would be within the limit (counts nothing). */
    public boolean hasRoom(String key) {
        var current = current(windows.get(key), clock.instant());
        return current == null || current.count() < max;
    }

    /** Forgets windows that have ended (call now and then, so the map does not grow). */
    public void forgetEnded() {
        var now = clock.instant();
        windows.values().removeIf(w -> current(w, now) == null);
    }

    private @Nullable Window current(@Nullable Window w, Instant now) {
        return w == null || now.isBefore(w.start()) || !now.isBefore(w.start().plus(window)) ? null : w;
    }
}
