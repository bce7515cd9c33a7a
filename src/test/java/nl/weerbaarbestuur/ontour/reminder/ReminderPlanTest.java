package nl.weerbaarbestuur.ontour.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    private static final Instant START = Instant.parse("2027-03-10T18:00:00Z");
    private final ReminderPlan sevenAndOne = new ReminderPlan(START, List.of(1, 7));

    @Test
    void nothing_is_due_before_the_largest_day() {
        assertThat(sevenAndOne.dueAt(START.minus(Duration.ofDays(7)).minusSeconds(1))).isEmpty();
    }

    @Test
    void the_seven_day_reminder_is_due_until_the_one_day_reminder_takes_over() {
        var sevenDaysBefore = START.minus(Duration.ofDays(7));
        assertThat(sevenAndOne.dueAt(sevenDaysBefore)).contains(new ReminderPlan.Due(7, sevenDaysBefore));
        assertThat(sevenAndOne.dueAt(START.minus(Duration.ofDays(1)).minusSeconds(1)).orElseThrow().day()).isEqualTo(7);
        assertThat(sevenAndOne.dueAt(START.minus(Duration.ofDays(1))).orElseThrow().day()).isEqualTo(1);
    }

    @Test
    void nothing_is_due_once_the_session_started() {
        assertThat(sevenAndOne.dueAt(START)).isEmpty();
        assertThat(sevenAndOne.dueAt(START.plusSeconds(3600))).isEmpty();
    }

    @Test
    void day_zero_means_two_hours_before() {
        var plan = new ReminderPlan(START, List.of(0));
        assertThat(plan.dueAt(START.minus(Duration.ofHours(2)).minusSeconds(1))).isEmpty();
        assertThat(plan.dueAt(START.minus(Duration.ofHours(1))).orElseThrow().day()).isZero();
    }
}
