package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Sessions are stored as UTC instants and shown in Amsterdam time. 2027-03-28 and 2027-10-31 are
 * the last Sundays of March and October: summer time starts and ends that night.
 */
class DutchTimeTest {

    private static final Instant SUMMER_TIME_STARTED = Instant.parse("2027-03-28T17:00:00Z");
    private static final Instant SUMMER_TIME_ENDED = Instant.parse("2027-10-31T18:00:00Z");

    @Test
    void seven_pm_on_the_day_summer_time_starts_is_stored_as_five_pm_utc() {
        assertThat(DutchTime.inAmsterdam(SUMMER_TIME_STARTED).getOffset()).isEqualTo(ZoneOffset.ofHours(2));
        assertThat(DutchTime.time(SUMMER_TIME_STARTED)).isEqualTo("19:00");
        assertThat(DutchTime.dateTime(SUMMER_TIME_STARTED, DutchTime.DUTCH)).isEqualTo("zo 28 mrt 2027, 19:00");
        assertThat(DutchTime.longDate(SUMMER_TIME_STARTED, DutchTime.DUTCH)).isEqualTo("zondag 28 maart 2027");
    }

    @Test
    void seven_pm_on_the_day_summer_time_ends_is_stored_as_six_pm_utc() {
        assertThat(DutchTime.inAmsterdam(SUMMER_TIME_ENDED).getOffset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(DutchTime.time(SUMMER_TIME_ENDED)).isEqualTo("19:00");
        assertThat(DutchTime.dateTime(SUMMER_TIME_ENDED, DutchTime.DUTCH)).isEqualTo("zo 31 okt 2027, 19:00");
        assertThat(DutchTime.longDate(SUMMER_TIME_ENDED, DutchTime.DUTCH)).isEqualTo("zondag 31 oktober 2027");
    }

    @Test
    void local_seven_pm_converts_to_those_instants_and_back() {
        assertThat(LocalDate.of(2027, 3, 28).atTime(19, 0).atZone(DutchTime.ZONE).toInstant()).isEqualTo(SUMMER_TIME_STARTED);
        assertThat(LocalDate.of(2027, 10, 31).atTime(19, 0).atZone(DutchTime.ZONE).toInstant()).isEqualTo(SUMMER_TIME_ENDED);
    }

    @Test
    void the_clock_jumps_from_two_to_three_in_the_night_summer_time_starts() {
        assertThat(DutchTime.time(Instant.parse("2027-03-28T00:59:00Z"))).isEqualTo("01:59");
        assertThat(DutchTime.time(Instant.parse("2027-03-28T01:00:00Z"))).isEqualTo("03:00");
    }

    @Test
    void half_past_two_happens_twice_in_the_night_summer_time_ends() {
        assertThat(DutchTime.time(Instant.parse("2027-10-31T00:30:00Z"))).isEqualTo("02:30");
        assertThat(DutchTime.time(Instant.parse("2027-10-31T01:30:00Z"))).isEqualTo("02:30");
    }

    @Test
    void english_readers_get_english_names_in_the_same_amsterdam_time() {
        assertThat(DutchTime.dateTime(SUMMER_TIME_STARTED, Locale.ENGLISH)).isEqualTo("Sun 28 Mar 2027, 19:00");
        assertThat(DutchTime.longDate(SUMMER_TIME_ENDED, Locale.forLanguageTag("en-US"))).isEqualTo("Sunday 31 October 2027");
    }

    @Test
    void any_other_or_missing_locale_reads_dutch() {
        assertThat(DutchTime.dateTime(SUMMER_TIME_STARTED, Locale.GERMANY)).isEqualTo("zo 28 mrt 2027, 19:00");
        assertThat(DutchTime.dateTime(SUMMER_TIME_STARTED, null)).isEqualTo("zo 28 mrt 2027, 19:00");
        assertThat(DutchTime.date(LocalDate.of(2027, 3, 28), null)).isEqualTo("28 maart 2027");
    }

    @Test
    void a_period_within_one_day_shows_the_date_once() {
        var end = SUMMER_TIME_STARTED.plusSeconds(150 * 60);

        assertThat(DutchTime.period(SUMMER_TIME_STARTED, end, DutchTime.DUTCH)).isEqualTo("zo 28 mrt 2027, 19:00–21:30");
    }

    @Test
    void a_period_past_midnight_in_amsterdam_shows_both_dates_even_when_utc_stays_on_one_day() {
        var start = Instant.parse("2027-10-31T21:00:00Z"); // 22:00 in Amsterdam
        var end = Instant.parse("2027-10-31T23:30:00Z");   // 00:30 on 1 November in Amsterdam

        assertThat(DutchTime.period(start, end, DutchTime.DUTCH)).isEqualTo("zo 31 okt 2027, 22:00 – ma 1 nov 2027, 00:30");
    }
}
