package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;

import org.jspecify.annotations.Nullable;

import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;

/**
 * A date and a time on which a session can be held: a weekday of the period in one of the slot
 * shapes, or the time an existing session already has. The public holiday on it (if any) is looked
 * up once, when the slot is made, so the rules only read a field.
 *
 * @param holidayKey the translation key of the public holiday that rules this slot out, or null
 *                   (4 May only rules out evening slots)
 * @param week       the ISO week-based year and week as one number (2027 week 9 = 202709)
 * @param plannable  false for the time of a pinned session that lies where no new session may go (in
 *                   the past, in a weekend, after the tour): Timefold wants a pinned value in the value
 *                   range, so it is there, and a hard rule keeps every other session out
 */
public record Slot(String id, LocalDate date, PartOfDay partOfDay, LocalTime start, LocalTime end, @Nullable String holidayKey,
            int week, boolean plannable) {

    static Slot of(LocalDate date, String shapeKey, PartOfDay partOfDay, LocalTime start, LocalTime end,
                   @Nullable String holidayKey) {
        return new Slot(date + "/" + shapeKey, date, partOfDay, start, end, holidayKey, weekOf(date), true);
    }

    static int weekOf(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) * 100 + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }

    /** Evening from 17:00 on; a session that starts earlier counts as an afternoon. */
    static PartOfDay partOfDayAt(LocalTime start) {
        return start.getHour() >= 17 ? PartOfDay.EVENING : PartOfDay.AFTERNOON;
    }

    long epochDay() {
        return date.toEpochDay();
    }

    DayOfWeek dayOfWeek() {
        return date.getDayOfWeek();
    }

    boolean sameTimeAs(LocalDate otherDate, LocalTime otherStart, LocalTime otherEnd) {
        return date.equals(otherDate) && start.equals(otherStart) && end.equals(otherEnd);
    }

    /** By id (date and shape): cheaper than comparing every field, and the same thing. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Slot s && s.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
