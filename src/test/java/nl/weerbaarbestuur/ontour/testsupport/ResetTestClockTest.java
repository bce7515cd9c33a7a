package nl.weerbaarbestuur.ontour.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The shared test clock starts every test at its default instant ({@link ResetTestClock}, registered
 * for every Spring test in META-INF/spring.factories), whatever the test before it did; a class that sets the clock in
 * {@code @BeforeAll} or {@code @BeforeEach} still gets its own time. The tests run in a fixed order,
 * so that the first one moves the clock before the second looks at it.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResetTestClockTest {

    private static final Instant SUMMER = Instant.parse("2027-07-14T12:00:00Z");

    @Autowired MutableClock clock;

    @Test
    @Order(1)
    void a_test_starts_at_the_default_instant_and_may_move_the_clock() {
        assertThat(clock.instant()).isEqualTo(FixedClockConfiguration.NOW);
        clock.advance(Duration.ofDays(40));
    }

    @Test
    @Order(2)
    void the_next_test_does_not_inherit_the_moved_clock() {
        assertThat(clock.instant()).isEqualTo(FixedClockConfiguration.NOW);
        clock.set(SUMMER);
    }

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class A_class_that_sets_the_clock_before_all_its_tests {

        @BeforeAll
        static void summer(@Autowired MutableClock clock) {
            clock.set(SUMMER);
        }

        @Test
        @Order(1)
        void keeps_that_time_in_its_first_test() {
            assertThat(clock.instant()).isEqualTo(SUMMER);
            clock.advance(Duration.ofHours(5));
        }

        @Test
        @Order(2)
        void and_in_the_next_one_whatever_the_first_did() {
            assertThat(clock.instant()).isEqualTo(SUMMER);
        }
    }

    @Nested
    class A_class_that_sets_the_clock_before_each_test {

        @BeforeEach
        void summer() {
            clock.set(SUMMER.plus(Duration.ofDays(1)));
        }

        @Test
        void runs_at_its_own_time() {
            assertThat(clock.instant()).isEqualTo(SUMMER.plus(Duration.ofDays(1)));
        }
    }
}
