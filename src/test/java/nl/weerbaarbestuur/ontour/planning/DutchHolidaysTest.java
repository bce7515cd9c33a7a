package nl.weerbaarbestuur.ontour.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DutchHolidaysTest {

    @Test
    void easter_sunday_is_computed_for_known_years() {
        assertThat(DutchHolidays.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(DutchHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(DutchHolidays.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(DutchHolidays.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void moveable_holidays_follow_easter() {
        assertThat(DutchHolidays.on(LocalDate.of(2027, 3, 29))).contains("holiday.easter-monday");
        assertThat(DutchHolidays.on(LocalDate.of(2027, 5, 6))).contains("holiday.ascension");
        assertThat(DutchHolidays.on(LocalDate.of(2027, 5, 17))).contains("holiday.whit-monday");
    }

    @Test
    void kings_day_moves_to_saturday_when_the_27th_is_a_sunday() {
        // 27 April 2025 was a Sunday: King's Day was Saturday the 26th.
        assertThat(DutchHolidays.on(LocalDate.of(2025, 4, 26))).contains("holiday.kings-day");
        assertThat(DutchHolidays.on(LocalDate.of(2025, 4, 27))).isEmpty();
        assertThat(DutchHolidays.on(LocalDate.of(2027, 4, 27))).contains("holiday.kings-day");
    }

    @Test
    void liberation_day_christmas_and_new_year_are_holidays_every_year() {
        assertThat(DutchHolidays.on(LocalDate.of(2027, 5, 5))).contains("holiday.liberation-day");
        assertThat(DutchHolidays.on(LocalDate.of(2026, 12, 25))).contains("holiday.christmas");
        assertThat(DutchHolidays.on(LocalDate.of(2027, 1, 1))).contains("holiday.new-year");
    }

    @Test
    void an_ordinary_tuesday_is_no_holiday() {
        assertThat(DutchHolidays.on(LocalDate.of(2027, 3, 16))).isEmpty();
    }
}
