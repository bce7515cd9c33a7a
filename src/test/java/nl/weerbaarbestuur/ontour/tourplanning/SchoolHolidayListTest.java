package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** School holidays pasted as regio;naam;van;tot for one school year. */
class SchoolHolidayListTest {

    @Test
    void a_line_per_region_and_heel_nederland_for_all_three() {
        var report = SchoolHolidayList.parse("""
                Noord;Herfstvakantie;17-10-2026;25-10-2026
                zuid;Herfstvakantie;2026-10-10;2026-10-18
                Heel Nederland;Kerstvakantie;19-12-2026;3-1-2027
                """, 2026);

        assertThat(report.ok()).isTrue();
        assertThat(report.entries()).hasSize(5);
        assertThat(report.entries()).contains(new SchoolHolidayList.Entry(SchoolRegion.NOORD, "Herfstvakantie",
                LocalDate.of(2026, 10, 17), LocalDate.of(2026, 10, 25)));
        assertThat(report.entries()).filteredOn(e -> e.name().equals("Kerstvakantie")).extracting(SchoolHolidayList.Entry::region)
                .containsExactlyInAnyOrder(SchoolRegion.NOORD, SchoolRegion.MIDDEN, SchoolRegion.ZUID);
    }

    @Test
    void each_bad_line_says_what_is_wrong() {
        var report = SchoolHolidayList.parse("""
                Oost;Herfstvakantie;17-10-2026;25-10-2026
                Noord;Herfstvakantie;17-10-2026
                Noord;;17-10-2026;25-10-2026
                Noord;Kerst;3-1-2027;19-12-2026
                Noord;Zomer;1-7-2026;15-8-2026
                Noord;Lang;1-9-2026;30-11-2026
                Midden;Herfst;32-10-2026;25-10-2026
                """, 2026);

        assertThat(report.ok()).isFalse();
        assertThat(report.entries()).isEmpty();
        assertThat(report.invalid()).extracting(l -> l.problems().getFirst().key()).containsExactly(
                "tourplanning.input.holiday.region", "tourplanning.input.holiday.fields",
                "tourplanning.input.holiday.name-required", "tourplanning.input.holiday.order",
                "tourplanning.input.holiday.outside-year", "tourplanning.input.holiday.too-long",
                "tourplanning.input.holiday.bad-date");
        assertThat(report.invalid()).extracting(SchoolHolidayList.Line::number).containsExactly(1, 2, 3, 4, 5, 6, 7);
    }

    @Test
    void a_holiday_given_twice_for_a_region_names_the_first_line() {
        var report = SchoolHolidayList.parse("Noord;Herfst;17-10-2026;25-10-2026\nHeel Nederland;Herfst;17-10-2026;25-10-2026", 2026);

        assertThat(report.invalid()).singleElement().satisfies(line -> assertThat(line.problems().getFirst())
                .isEqualTo(InputProblem.of("tourplanning.input.holiday.duplicate", 1)));
    }

    @Test
    void an_empty_text_clears_the_year_and_the_summer_belongs_to_the_year_it_ends() {
        assertThat(SchoolHolidayList.parse("", 2026).ok()).isTrue();
        assertThat(SchoolHolidayList.parse("Noord;Zomervakantie;10-7-2027;22-8-2027", 2026).ok()).isTrue();
        assertThat(SchoolHolidayList.parse("Noord;Zomervakantie;10-7-2027;22-8-2027", 2027).ok()).isFalse();
        assertThat(SchoolHolidays.schoolYearOf(LocalDate.of(2027, 7, 31))).isEqualTo(2026);
        assertThat(SchoolHolidays.schoolYearOf(LocalDate.of(2027, 8, 1))).isEqualTo(2027);
    }
}
