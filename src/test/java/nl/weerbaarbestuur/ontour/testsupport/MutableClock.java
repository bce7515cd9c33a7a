package nl.weerbaarbestuur.ontour.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock that tests set and move, so that "now" is never the day the test happens to run. One
 * instance is shared by all tests of a Spring context: {@link ResetTestClock} puts it back to the
 * instant it was made with before every test class and every test, so a test that does not set it
 * never inherits what another test left.
 */
public class MutableClock extends Clock {

    private final Instant initial;
    private volatile Instant now;

    public MutableClock(Instant now) {
        this.initial = now;
        this.now = now;
    }

    /** Back to the instant this clock was made with. */
    public void reset() {
        this.now = initial;
    }

    public void set(Instant instant) {
        this.now = instant;
    }

    public void advance(Duration duration) {
        this.now = now.plus(duration);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(now, zone);
    }
}
