package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private static final String ANNA = "anna.jansen@provincie.nl";
    private static final Duration WINDOW = Duration.ofMinutes(15);

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock, 5, WINDOW);

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.recordFailure(username);
            clock.advance(Duration.ofSeconds(10));
        }
    }

    @Test
    void four_failures_do_not_block() {
        fail(ANNA, 4);

        assertThat(throttle.isBlocked(ANNA)).isFalse();
    }

    @Test
    void five_failures_block_the_address() {
        fail(ANNA, 5);

        assertThat(throttle.isBlocked(ANNA)).isTrue();
    }

    @Test
    void the_block_is_per_address_whatever_its_case_or_surrounding_spaces() {
        fail(" Anna.Jansen@Provincie.NL ", 5);

        assertThat(throttle.isBlocked(ANNA)).isTrue();
        assertThat(throttle.isBlocked("bram@provincie.nl")).isFalse();
    }

    @Test
    void the_block_lasts_the_whole_window_after_the_last_failure() {
        throttle.recordFailure(ANNA);
        throttle.recordFailure(ANNA);
        throttle.recordFailure(ANNA);
        throttle.recordFailure(ANNA);
        throttle.recordFailure(ANNA);

        clock.advance(WINDOW);
        assertThat(throttle.isBlocked(ANNA)).isTrue();

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.isBlocked(ANNA)).isFalse();
    }

    @Test
    void after_the_window_the_count_starts_again() {
        fail(ANNA, 5);
        clock.advance(WINDOW.plusSeconds(1));

        fail(ANNA, 4);

        assertThat(throttle.isBlocked(ANNA)).isFalse();
    }

    @Test
    void failures_spread_wider_apart_than_the_window_never_block() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(ANNA);
            clock.advance(WINDOW.plusMinutes(1));
        }

        assertThat(throttle.isBlocked(ANNA)).isFalse();
    }

    @Test
    void a_successful_sign_in_forgets_the_earlier_failures() {
        fail(ANNA, 4);

        throttle.recordSuccess(ANNA);
        fail(ANNA, 4);

        assertThat(throttle.isBlocked(ANNA)).isFalse();
    }

    @Test
    void forgetting_expired_entries_keeps_the_blocks_that_still_hold() {
        fail(ANNA, 5);
        clock.advance(Duration.ofMinutes(10));
        fail("bram@provincie.nl", 5);
        clock.advance(Duration.ofMinutes(6));

        throttle.forgetExpired();

        assertThat(throttle.isBlocked(ANNA)).isFalse();
        assertThat(throttle.isBlocked("bram@provincie.nl")).isTrue();
    }

    @Test
    void the_block_duration_is_the_configured_window() {
        assertThat(throttle.blockDuration()).isEqualTo(WINDOW);
    }

    @Test
    void logs_show_only_two_letters_and_the_domain_of_an_address() {
        assertThat(LoginThrottle.maskedForLog("Anna.Jansen@Provincie.nl")).isEqualTo("an***@provincie.nl");
        assertThat(LoginThrottle.maskedForLog("a@x.nl")).isEqualTo("a***@x.nl");
    }

    @Test
    void logs_show_nothing_of_something_that_is_no_address() {
        assertThat(LoginThrottle.maskedForLog("annajansen")).isEqualTo("***");
        assertThat(LoginThrottle.maskedForLog("@provincie.nl")).isEqualTo("***");
        assertThat(LoginThrottle.maskedForLog("")).isEqualTo("***");
        assertThat(LoginThrottle.maskedForLog(null)).isEqualTo("***");
    }
}
