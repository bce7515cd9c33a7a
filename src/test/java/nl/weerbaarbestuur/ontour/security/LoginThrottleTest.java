package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import org.junit.jupiter.api.Test;

/** The OWASP-style throttle: growing delays, an hourly budget per account and per client address, no hard lock. */
class LoginThrottleTest {

    private static final String ANNA = "account:1";
    private static final String BRAM = "account:2";
    private static final String ATTACKER = "198.51.100.7";
    private static final String OTHER_ATTACKER = "203.0.113.9";
    private static final String OWNER_HOME = "192.0.2.10";

    private final MutableClock clock = new MutableClock(Instant.parse("2027-03-01T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock,
            new SecuritySettings(new SecuritySettings.Login(Duration.ofMinutes(1), 10, 30, Duration.ofHours(1)), null, null, null));

    /** Fails once, as soon as the throttle lets this address try; returns how long it had to wait. */
    private Duration failWhenAllowed(String account, String address) {
        var waited = Duration.ZERO;
        while (!throttle.mayTry(account, address)) {
            clock.advance(Duration.ofSeconds(1));
            waited = waited.plusSeconds(1);
            if (waited.compareTo(Duration.ofHours(2)) > 0) {
                throw new AssertionError("never allowed");
            }
        }
        throttle.recordFailure(account, address);
        return waited;
    }

    @Test
    void three_failures_cost_nothing_then_the_delay_grows_from_one_second_to_at_most_a_minute() {
        for (int i = 0; i < 2; i++) {
            throttle.recordFailure(ANNA, ATTACKER);
            assertThat(throttle.mayTry(ANNA, ATTACKER)).isTrue();
        }
        throttle.recordFailure(ANNA, ATTACKER);
        assertThat(throttle.mayTry(ANNA, ATTACKER)).as("after the third failure").isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.mayTry(ANNA, ATTACKER)).as("one second later").isTrue();

        assertThat(throttle.delayAfter(3)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delayAfter(4)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delayAfter(8)).isEqualTo(Duration.ofSeconds(32));
        assertThat(throttle.delayAfter(9)).isEqualTo(Duration.ofMinutes(1));
        assertThat(throttle.delayAfter(500)).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void an_attempt_refused_during_the_delay_does_not_count_as_a_try() {
        for (int i = 0; i < 3; i++) {
            throttle.recordFailure(ANNA, ATTACKER);
        }
        for (int i = 0; i < 100; i++) {
            assertThat(throttle.mayTry(ANNA, ATTACKER)).isFalse();
        }

        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.mayTry(ANNA, ATTACKER)).isTrue();
    }

    @Test
    void a_guesser_gets_at_most_ten_tries_an_hour_per_account_over_every_address() {
        int tries = 0;
        var end = clock.instant().plus(Duration.ofHours(1));
        var addresses = new String[] {ATTACKER, OTHER_ATTACKER, "2001:db8:1::5", "2001:db8:2::5"};
        while (clock.instant().isBefore(end)) {
            var address = addresses[tries % addresses.length];
            if (throttle.mayTry(ANNA, address)) {
                throttle.recordFailure(ANNA, address);
                tries++;
            } else {
                clock.advance(Duration.ofSeconds(1));
            }
        }

        assertThat(tries).isEqualTo(10);
    }

    @Test
    void when_the_budget_is_spent_the_owner_from_an_address_that_signed_in_before_waits_at_most_a_minute() {
        throttle.recordSuccess(ANNA, OWNER_HOME);
        clock.advance(Duration.ofDays(3));
        for (int i = 0; i < 10; i++) {
            failWhenAllowed(ANNA, ATTACKER);
        }
        assertThat(throttle.mayTry(ANNA, ATTACKER)).isFalse();

        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.mayTry(ANNA, OTHER_ATTACKER)).as("another untrusted address").isFalse();
        assertThat(throttle.mayTry(ANNA, OWNER_HOME)).as("the owner's own address").isTrue();
    }

    @Test
    void the_owner_is_never_held_back_more_than_a_minute_while_someone_keeps_guessing() {
        throttle.recordSuccess(ANNA, OWNER_HOME);
        var longestWait = Duration.ZERO;
        for (int round = 0; round < 30; round++) {
            // the attacker tries whenever allowed, the owner then signs in
            if (throttle.mayTry(ANNA, ATTACKER)) {
                throttle.recordFailure(ANNA, ATTACKER);
            }
            var waited = Duration.ZERO;
            while (!throttle.mayTry(ANNA, OWNER_HOME)) {
                clock.advance(Duration.ofSeconds(1));
                waited = waited.plusSeconds(1);
            }
            longestWait = waited.compareTo(longestWait) > 0 ? waited : longestWait;
            // a typo first, every now and then
            if (round % 5 == 0) {
                throttle.recordFailure(ANNA, OWNER_HOME);
            } else {
                throttle.recordSuccess(ANNA, OWNER_HOME);
            }
            clock.advance(Duration.ofMinutes(2));
        }

        assertThat(longestWait).isLessThanOrEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void a_burst_of_parallel_guesses_counts_against_the_budget_before_any_of_them_fails() {
        int started = 0;
        for (int i = 0; i < 50; i++) {
            if (throttle.begin(ANNA, "198.51.100." + i)) {
                started++;
            }
        }
        assertThat(started).isEqualTo(10);

        for (int i = 0; i < 10; i++) {
            throttle.recordFailure(ANNA, "198.51.100." + i);
            throttle.end(ANNA, "198.51.100." + i);
        }
        clock.advance(Duration.ofMinutes(2));
        assertThat(throttle.mayTry(ANNA, OTHER_ATTACKER)).isFalse();
    }

    @Test
    void parallel_sign_ins_that_succeed_free_their_places() {
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 8; i++) {
                assertThat(throttle.begin(ANNA, OWNER_HOME)).isTrue();
            }
            for (int i = 0; i < 8; i++) {
                throttle.recordSuccess(ANNA, OWNER_HOME);
                throttle.end(ANNA, OWNER_HOME);
            }
        }
    }

    @Test
    void a_spent_budget_frees_up_an_hour_after_the_failures() {
        for (int i = 0; i < 10; i++) {
            failWhenAllowed(ANNA, ATTACKER);
        }
        assertThat(throttle.mayTry(ANNA, OTHER_ATTACKER)).isFalse();

        clock.advance(Duration.ofHours(1));

        assertThat(throttle.mayTry(ANNA, OTHER_ATTACKER)).isTrue();
    }

    @Test
    void a_client_address_that_fails_thirty_times_an_hour_over_many_accounts_is_refused_everywhere() {
        for (int i = 0; i < 30; i++) {
            failWhenAllowed("account:" + (100 + i), ATTACKER);
        }

        assertThat(throttle.mayTry(BRAM, ATTACKER)).isFalse();
        assertThat(throttle.mayTry(BRAM, OTHER_ATTACKER)).isTrue();
        clock.advance(Duration.ofHours(1));
        assertThat(throttle.mayTry(BRAM, ATTACKER)).isTrue();
    }

    @Test
    void an_ipv6_client_counts_per_64_network() {
        assertThat(LoginThrottle.network("2001:db8:abcd:12:1::1")).isEqualTo(LoginThrottle.network("2001:db8:abcd:12:ffff::2"));
        assertThat(LoginThrottle.network("2001:db8:abcd:12::1")).isNotEqualTo(LoginThrottle.network("2001:db8:abcd:13::1"));
        assertThat(LoginThrottle.network("192.0.2.10")).isEqualTo("192.0.2.10");
        assertThat(LoginThrottle.network(null)).isEmpty();
    }

    @Test
    void a_successful_sign_in_ends_the_delay() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure(ANNA, OWNER_HOME);
        }
        assertThat(throttle.mayTry(ANNA, OWNER_HOME)).isFalse();

        throttle.recordSuccess(ANNA, OWNER_HOME);

        assertThat(throttle.mayTry(ANNA, OWNER_HOME)).isTrue();
    }

    @Test
    void a_completed_password_reset_forgives_the_failures_and_trusts_its_address() {
        for (int i = 0; i < 10; i++) {
            failWhenAllowed(ANNA, ATTACKER);
        }
        var newPhone = "203.0.113.200";
        assertThat(throttle.mayTry(ANNA, newPhone)).isFalse();

        throttle.forgiveAccount(ANNA, newPhone);

        assertThat(throttle.mayTry(ANNA, newPhone)).isTrue();
    }

    @Test
    void forgetting_expired_entries_keeps_what_still_holds() {
        for (int i = 0; i < 10; i++) {
            failWhenAllowed(ANNA, ATTACKER);
        }
        clock.advance(Duration.ofMinutes(30));
        for (int i = 0; i < 10; i++) {
            failWhenAllowed(BRAM, OTHER_ATTACKER);
        }
        clock.advance(Duration.ofMinutes(31));

        throttle.forgetExpired();

        assertThat(throttle.mayTry(ANNA, OTHER_ATTACKER)).isTrue();
        assertThat(throttle.mayTry(BRAM, ATTACKER)).isFalse();
    }
}
