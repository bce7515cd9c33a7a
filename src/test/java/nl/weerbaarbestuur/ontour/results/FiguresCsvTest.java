package nl.weerbaarbestuur.ontour.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FiguresCsvTest {

    private static final TourFigures FIGURES = new TourFigures(7, "Tour", Instant.parse("2027-06-01T08:00:00Z"),
            List.of(new ProvinceFigures("UT", "Utrecht", 3, 2, 9, 8, 34, 1, 6, 5, 2, 49),
                    new ProvinceFigures("FR", "Frysl\u00e2n", 0, 0, 0, 0, 0, 0, 0, 0, 0, 43),
                    new ProvinceFigures("XX", "=HYPERLINK(\"http://x\";\"y\")", 0, 0, 0, 0, 0, 0, 0, 0, 0, 1)),
            new ProvinceFigures(null, null, 3, 2, 9, 8, 34, 1, 6, 5, 2, 93), List.of());

    @Test
    void the_figures_are_utf8_with_a_bom_semicolons_and_dutch_percentages_and_parse_back() {
        byte[] bytes = FiguresCsv.write(FIGURES, key -> key.equals("results.total") ? "Hele tour" : key,
                Locale.forLanguageTag("nl-NL"));

        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        var lines = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(5);
        assertThat(lines[0].split(";")).hasSize(13).startsWith("results.column.province", "results.column.code");
        assertThat(lines[1].split(";", -1)).containsExactly("Utrecht", "UT", "3", "2", "9", "8", "34", "23,5%", "1",
                "83,3%", "2", "49", "4,1%");
        assertThat(lines[2].split(";", -1)).as("diacritics intact, undefined rates empty")
                .containsExactly("Frysl\u00e2n", "FR", "0", "0", "0", "0", "0", "", "0", "", "0", "43", "0,0%");
        assertThat(lines[3]).as("a formula is neutralised and quoted")
                .startsWith("\"'=HYPERLINK(\"\"http://x\"\";\"\"y\"\")\";XX;");
        assertThat(lines[4]).startsWith("Hele tour;;3;2;9;8;34;23,5%;1;83,3%;2;93;");
    }

    @Test
    void cells_that_a_spreadsheet_would_run_are_prefixed_with_an_apostrophe() {
        assertThat(FiguresCsv.cell("=1+1")).isEqualTo("'=1+1");
        assertThat(FiguresCsv.cell("+31 6")).isEqualTo("'+31 6");
        assertThat(FiguresCsv.cell("-2")).isEqualTo("'-2");
        assertThat(FiguresCsv.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(FiguresCsv.cell("Van 't Hek")).isEqualTo("Van 't Hek");
        assertThat(FiguresCsv.cell("a;b")).isEqualTo("\"a;b\"");
    }

    @Test
    void english_readers_get_a_decimal_point() {
        assertThat(FiguresCsv.percent(5.0 / 6, Locale.forLanguageTag("en-GB"))).isEqualTo("83.3%");
        assertThat(FiguresCsv.percent(null, Locale.ENGLISH)).isEmpty();
    }
}
