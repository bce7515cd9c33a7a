package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The griffie's pasted list of dates: both date forms, reasons, and a message per bad line that names it. */
class DateListTest {

    private static final LocalDate FIRST = LocalDate.of(2027, 3, 1);
    private static final LocalDate LAST = LocalDate.of(2027, 11, 30);

    private static DateList.Report read(String text) {
        return DateList.parse(text, FIRST, LAST);
    }

    private static List<String> keys(DateList.Line line) {
        return line.problems().stream().map(InputProblem::key).toList();
    }

    @Test
    void dutch_and_iso_dates_are_read_with_the_reason_after_a_semicolon_or_a_tab() {
        var report = read("\uFEFF14-9-2027; Statenvergadering\n2027-09-15\n\n1/10/2027\tCommissiedag\n");

        assertThat(report.ok()).isTrue();
        assertThat(report.dates()).containsExactly(
                java.util.Map.entry(LocalDate.of(2027, 9, 14), "Statenvergadering"),
                java.util.Map.entry(LocalDate.of(2027, 9, 15), ""),
                java.util.Map.entry(LocalDate.of(2027, 10, 1), "Commissiedag"));
    }

    @Test
    void a_bad_line_is_named_by_its_number_and_nothing_of_the_list_is_taken() {
        var report = read("14-9-2027; Statenvergadering\n\n31-2-2027; bestaat niet\nvolgende week\n");

        assertThat(report.ok()).isFalse();
        assertThat(report.dates()).isEmpty();
        assertThat(report.invalid()).extracting(DateList.Line::number).containsExactly(3, 4);
        assertThat(keys(report.invalid().get(0))).containsExactly("tourplanning.input.line.no-date");
        assertThat(report.invalid().get(0).problems().getFirst().args()).containsExactly("31-2-2027");
        assertThat(report.invalid().get(1).problems().getFirst().args()).containsExactly("volgende week");
    }

    @Test
    void a_date_outside_the_tour_is_refused_with_the_tours_period() {
        var report = read("28-2-2027\n1-12-2027");

        assertThat(report.invalid()).hasSize(2).allSatisfy(line -> assertThat(keys(line)).containsExactly("tourplanning.input.line.outside"));
        assertThat(report.invalid().getFirst().problems().getFirst().args())
                .containsExactly(LocalDate.of(2027, 2, 28), FIRST, LAST);
        assertThat(read("1-3-2027\n30-11-2027").ok()).as("both ends belong to the tour").isTrue();
    }

    @Test
    void a_date_given_twice_names_the_line_it_is_already_on() {
        var report = read("14-9-2027\n2027-09-14; reces");

        assertThat(report.invalid()).singleElement().satisfies(line -> {
            assertThat(line.number()).isEqualTo(2);
            assertThat(line.problems().getFirst()).isEqualTo(InputProblem.of("tourplanning.input.line.duplicate",
                    LocalDate.of(2027, 9, 14), 1));
        });
    }

    @Test
    void a_reason_that_is_too_long_or_carries_control_characters_is_refused() {
        var report = read("14-9-2027; " + "x".repeat(61) + "\n15-9-2027; Staten\u0007vergadering\n16-9-2027; Staten\u202Evergadering");

        assertThat(report.invalid()).extracting(l -> keys(l).getFirst()).containsExactly("tourplanning.input.reason.too-long",
                "tourplanning.input.reason.unsafe", "tourplanning.input.reason.unsafe");
        assertThat(read("14-9-2027; " + "x".repeat(60)).ok()).isTrue();
    }

    @Test
    void an_empty_list_or_one_that_is_far_too_long_is_refused_as_a_whole() {
        assertThat(read("  \n ").listProblems()).extracting(InputProblem::key).containsExactly("tourplanning.input.list.empty");
        assertThat(read(null).ok()).isFalse();
        var tooLong = "14-9-2027\n".repeat(DateList.MAX_LINES + 1);
        assertThat(read(tooLong).listProblems()).extracting(InputProblem::key).containsExactly("tourplanning.input.list.too-many");
    }
}
