package nl.weerbaarbestuur.ontour.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which reminder of a session is due at a moment. With reminder days [7, 1] the "7 days" reminder
 * is due from 7 × 24 hours before the start until the "1 day" one takes over; the "1 day" one until
 * the start. Day 0 means two hours before. A participant who got a seat after a reminder became
 * due does not get that one (they just had the invite), only the next.
 */
record ReminderPlan(Instant startsAt, List<Integer> days) {

    static final Duration SAME_DAY = Duration.ofHours(2);

    record Due(int day, Instant dueFrom) {
    }

    static Instant dueFrom(Instant startsAt, int day) {
        return startsAt.minus(day == 0 ? SAME_DAY : Duration.ofDays(day));
    }

    /** The reminder due at {@code now}, if any. */
    Optional<Due> dueAt(Instant now) {
        var sorted = days.stream().distinct().sorted((a, b) -> b - a).toList();
        for (int i = 0; i < sorted.size(); i++) {
            var from = dueFrom(startsAt, sorted.get(i));
            var until = i + 1 < sorted.size() ? dueFrom(startsAt, sorted.get(i + 1)) : startsAt;
            if (!now.isBefore(from) && now.isBefore(until)) {
                return Optional.of(new Due(sorted.get(i), from));
            }
        }
        return Optional.empty();
    }

    /** The widest window any reminder can need: the largest day, plus a margin. */
    static Duration horizon(List<Integer> days) {
        return Duration.ofDays(days.stream().mapToInt(Integer::intValue).max().orElse(0) + 1L);
    }
}
