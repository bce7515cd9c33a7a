package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A griffie's calendar export read as dates that do not suit, with the events' titles as reasons. */
class CalendarDatesTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 6, 30);

    private static String calendar(String... events) {
        var out = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Provincie//Agenda//NL\r\n");
        for (var event : events) {
            out.append("BEGIN:VEVENT\r\n").append(event.strip().replace("\n", "\r\n")).append("\r\nEND:VEVENT\r\n");
        }
        return out.append("END:VCALENDAR\r\n").toString();
    }

    private static String event(String uid, String start, String end, String summary) {
        return "UID:" + uid + "\nDTSTAMP:20270101T000000Z\nDTSTART" + start + "\n" + (end == null ? "" : "DTEND" + end + "\n")
                + "SUMMARY:" + summary;
    }

    @Test
    void whole_day_and_timed_events_give_their_days_with_their_titles() {
        var report = CalendarDates.parse(calendar(
                event("a", ";VALUE=DATE:20270310", ";VALUE=DATE:20270311", "Statenvergadering"),
                event("b", ";TZID=Europe/Amsterdam:20270317T193000", ";TZID=Europe/Amsterdam:20270317T223000", "Commissie Ruimte"),
                event("c", ";VALUE=DATE:20270419", ";VALUE=DATE:20270424", "Reces")), FIRST, LAST);

        assertThat(report.ok()).isTrue();
        assertThat(report.dates()).containsExactly(
                Map.entry(LocalDate.of(2027, 3, 10), "Statenvergadering"),
                Map.entry(LocalDate.of(2027, 3, 17), "Commissie Ruimte"),
                Map.entry(LocalDate.of(2027, 4, 19), "Reces"), Map.entry(LocalDate.of(2027, 4, 20), "Reces"),
                Map.entry(LocalDate.of(2027, 4, 21), "Reces"), Map.entry(LocalDate.of(2027, 4, 22), "Reces"),
                Map.entry(LocalDate.of(2027, 4, 23), "Reces"));
        assertThat(report.outside()).isZero();
    }

    @Test
    void a_time_in_utc_counts_on_its_dutch_date_and_an_unknown_time_zone_does_not_matter() {
        var report = CalendarDates.parse(calendar(
                event("a", ":20270309T230000Z", ":20270309T233000Z", "Late vergadering"),
                event("b", ";TZID=W. Europe Standard Time:20270311T190000", ";TZID=W. Europe Standard Time:20270311T210000",
                        "Uit Outlook")), FIRST, LAST);

        assertThat(report.ok()).as("%s", report).isTrue();
        assertThat(report.dates()).containsOnlyKeys(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 11));
    }

    @Test
    void days_outside_the_tour_are_left_out_and_counted_and_a_shared_day_keeps_the_first_title() {
        var report = CalendarDates.parse(calendar(
                event("a", ";VALUE=DATE:20270226", ";VALUE=DATE:20270303", "Reces"),
                event("b", ";VALUE=DATE:20270302", null, "Werkbezoek"),
                event("c", ";VALUE=DATE:20271001", null, "Begroting")), FIRST, LAST);

        assertThat(report.dates()).containsExactly(Map.entry(LocalDate.of(2027, 3, 1), "Reces"),
                Map.entry(LocalDate.of(2027, 3, 2), "Reces"));
        assertThat(report.outside()).isEqualTo(4);
    }

    @Test
    void a_weekly_repeat_counts_every_week_but_its_exceptions_and_a_cancelled_event_not_at_all() {
        var report = CalendarDates.parse(calendar(
                event("a", ";VALUE=DATE:20270303", ";VALUE=DATE:20270304", "Fractievergadering")
                        + "\nRRULE:FREQ=WEEKLY;UNTIL=20270324T225959Z\nEXDATE;VALUE=DATE:20270317",
                event("b", ";VALUE=DATE:20270305", null, "Vervallen") + "\nSTATUS:CANCELLED"), FIRST, LAST);

        assertThat(report.dates()).containsOnlyKeys(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 3, 10),
                LocalDate.of(2027, 3, 24));
    }

    @Test
    void a_title_loses_its_control_characters_and_is_cut_to_the_longest_reason() {
        var longTitle = "Vergadering ".repeat(10);
        var report = CalendarDates.parse(calendar(
                event("a", ";VALUE=DATE:20270310", null, "Staten\u0007vergadering\u202E"),
                event("b", ";VALUE=DATE:20270311", null, longTitle)), FIRST, LAST);

        assertThat(report.dates().get(LocalDate.of(2027, 3, 10))).isEqualTo("Statenvergadering");
        var cut = report.dates().get(LocalDate.of(2027, 3, 11));
        assertThat(cut).hasSize(InputText.REASON_MAX).endsWith("…").startsWith("Vergadering Vergadering");
        assertThat(TourDates.reasonProblems(cut)).isEmpty();
    }

    @Test
    void an_event_without_a_start_date_is_named_by_the_line_it_begins_on() {
        var text = calendar(event("a", ";VALUE=DATE:20270310", null, "Goed"), "UID:b\nDTSTAMP:20270101T000000Z\nSUMMARY:Zonder datum");

        var report = CalendarDates.parse(text, FIRST, LAST);

        assertThat(report.ok()).isFalse();
        assertThat(report.invalid()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(10);
            assertThat(line.problems()).extracting(InputProblem::key).containsExactly("tourplanning.input.ics.no-start");
        });
        assertThat(report.dates()).as("nothing is taken from a file with a bad event").isEmpty();
    }

    @Test
    void a_file_that_is_no_calendar_says_so_with_the_line_where_reading_stopped() {
        var report = CalendarDates.parse("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nthis is not a property\r\nEND:VCALENDAR\r\n", FIRST, LAST);

        assertThat(report.ok()).isFalse();
        assertThat(report.listProblems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("tourplanning.input.ics.unreadable");
            assertThat(p.args()).containsExactly(3);
        });
    }

    @Test
    void a_broken_line_inside_an_event_is_the_line_named() {
        var text = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\nDTSTART;VALUE=DATE:20270310\r\n"
                + "SUMMARY Statenvergadering zonder dubbele punt\r\nDESCRIPTION;ALTREP=\"https://example.org/a:b\":Uitleg\r\n"
                + " vervolg\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

        var report = CalendarDates.parse(text, FIRST, LAST);

        assertThat(report.listProblems()).singleElement().satisfies(p -> assertThat(p.args()).containsExactly(6));
    }

    @Test
    void a_calendar_without_events_or_without_any_in_the_tour_is_refused_with_a_reason() {
        assertThat(CalendarDates.parse(calendar(), FIRST, LAST).listProblems()).extracting(InputProblem::key)
                .containsExactly("tourplanning.input.ics.no-events");
        assertThat(CalendarDates.parse(calendar(event("a", ";VALUE=DATE:20280101", null, "Later")), FIRST, LAST).listProblems())
                .extracting(InputProblem::key).containsExactly("tourplanning.input.ics.none-in-tour");
    }

    @Test
    void an_event_of_months_is_named_rather_than_taken() {
        var report = CalendarDates.parse(calendar(event("a", ";VALUE=DATE:20270301", ";VALUE=DATE:20270701", "Zomer")), FIRST, LAST);

        assertThat(report.invalid()).singleElement().satisfies(line ->
                assertThat(line.problems()).extracting(InputProblem::key).containsExactly("tourplanning.input.ics.too-long"));
    }
}
