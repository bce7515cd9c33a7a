package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FieldChecksTest {

    private static List<String> name(String value) {
        var errors = new ArrayList<FieldError>();
        FieldChecks.name(errors, "fullName", value, 120, true);
        return errors.stream().map(FieldError::messageKey).toList();
    }

    private static List<String> freeText(String value) {
        var errors = new ArrayList<FieldError>();
        FieldChecks.text(errors, "remarks", value, 1000, false);
        return errors.stream().map(FieldError::messageKey).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Klik hier: https://evil.example/x", "Zie www.evil.example", "anna@evil.example", "mail anna@x.nl",
            "javascript:alert(1)", "Ga naar evil.com", "hxxp://x", "data:text/html,x", "Jan ftp: x"})
    void a_name_that_reads_as_a_link_is_refused(String value) {
        assertThat(name(value)).as(value).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna \u202Eevil", "Anna\u2066x\u2069", "Bob\u0000", "Bob\u0007", "Ann\u200Ba", "Tab\tName", "Regel\nTwee"})
    void a_name_with_control_bidi_or_invisible_characters_is_refused(String value) {
        assertThat(name(value)).as(value).containsExactly("field.unsafe-characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anna de Vries", "Jan-Peter van 't Hof", "Ünal Öztürk", "Ölçer, J.", "Fenna Dijkstra (FNP)",
            "J.P. Balkenende", "Zoë D'Hondt"})
    void ordinary_names_pass(String value) {
        assertThat(name(value)).as(value).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"regel\u0007bel", "links\u202Erechts", "x\u2068y"})
    void free_text_refuses_control_and_bidi_characters(String value) {
        assertThat(freeText(value)).containsExactly("field.unsafe-characters");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rolstoel.\nGraag vooraan.\r\n\tDank", "Zie https://www.rijksoverheid.nl voor meer"})
    void free_text_keeps_line_breaks_tabs_and_may_mention_an_address(String value) {
        assertThat(freeText(value)).isEmpty();
    }
}
