package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What an uploaded list may be: text in UTF-8 or Excel's Windows-1252, and for dates a calendar export. */
class InputFilesTest {

    @Test
    void utf8_is_read_as_utf8_and_a_spreadsheets_windows_1252_csv_too() {
        assertThat(InputFiles.text("Fryslân;reces".getBytes(StandardCharsets.UTF_8))).contains("Fryslân;reces");
        assertThat(InputFiles.text("Fryslân;reces".getBytes(Charset.forName("windows-1252")))).contains("Fryslân;reces");
    }

    @Test
    void a_file_with_a_nul_byte_is_not_text() {
        assertThat(InputFiles.text(new byte[]{'P', 'K', 3, 4, 0, 0, 1})).isEmpty();
    }

    @Test
    void a_calendar_is_known_by_its_name_or_by_its_first_line() {
        assertThat(InputFiles.isCalendar("agenda.ICS", "")).isTrue();
        assertThat(InputFiles.isCalendar("export.txt", "\uFEFF\r\nBEGIN:VCALENDAR\r\n")).isTrue();
        assertThat(InputFiles.isCalendar("datums.csv", "14-9-2027; Statenvergadering")).isFalse();
    }

    @Test
    void a_file_name_in_a_message_has_no_control_characters_and_stays_short() {
        assertThat(InputFiles.displayName("lijst\u0000\u202E.csv")).isEqualTo("lijst.csv");
        assertThat(InputFiles.displayName("x".repeat(100))).hasSizeLessThan(50);
    }
}
