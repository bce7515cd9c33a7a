package nl.weerbaarbestuur.ontour.griffie;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CellSafetyTest {

    @Test
    void cells_that_a_spreadsheet_would_read_as_a_formula_get_a_leading_apostrophe() {
        assertThat(CellSafety.neutralise("=1+1")).isEqualTo("'=1+1");
        assertThat(CellSafety.neutralise("+31 6 1234")).isEqualTo("'+31 6 1234");
        assertThat(CellSafety.neutralise("-2")).isEqualTo("'-2");
        assertThat(CellSafety.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CellSafety.neutralise("\t=cmd")).isEqualTo("'\t=cmd");
        assertThat(CellSafety.neutralise("\r=cmd")).isEqualTo("'\r=cmd");
    }

    @Test
    void ordinary_text_and_nothing_stay_as_they_are() {
        assertThat(CellSafety.neutralise("Zoë d'Hondt")).isEqualTo("Zoë d'Hondt");
        assertThat(CellSafety.neutralise("a=b")).isEqualTo("a=b");
        assertThat(CellSafety.neutralise("")).isEmpty();
        assertThat(CellSafety.neutralise(null)).isEmpty();
    }

    @Test
    void a_csv_cell_with_a_tab_or_line_break_survives_quoting() {
        var csv = new String(CsvExport.write(java.util.List.of(java.util.List.of("\tTab", "regel 1\nregel 2", "x;y"))),
                java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFF'\tTab;\"regel 1\nregel 2\";\"x;y\"\r\n");
    }
}
