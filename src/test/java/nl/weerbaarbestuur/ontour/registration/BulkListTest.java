package nl.weerbaarbestuur.ontour.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading a pasted list: separators, Dutch function words and a report per broken line. */
class BulkListTest {

    private static List<String> keys(BulkList.Line line) {
        return line.problems().stream().map(BulkList.Problem::key).toList();
    }

    @Test
    void semicolon_tab_and_comma_separated_lines_with_a_header_are_read_alike() {
        var report = BulkList.parse("""
                Naam;E-mail;Functie;Fractie
                Anna de Vries; Anna@Example.nl ; Statenlid ; GroenLinks
                Joëlle van 't Hof\tjoelle@example.nl\tgedeputeerde\tVVD
                Piet Post,piet@example.nl,Commissaris van de Koning
                "Jansen, Karel";karel@example.nl;griffiemedewerker;
                """);

        assertThat(report.invalid()).isEmpty();
        assertThat(report.valid()).extracting(BulkList.Line::fullName)
                .containsExactly("Anna de Vries", "Joëlle van 't Hof", "Piet Post", "Jansen, Karel");
        var anna = report.valid().getFirst();
        assertThat(anna.email()).isEqualTo("anna@example.nl");
        assertThat(anna.function()).isEqualTo(ParticipantFunction.STATENLID);
        assertThat(anna.fractie()).isEqualTo("GroenLinks");
        assertThat(anna.number()).as("physical line number, header counted").isEqualTo(2);
        assertThat(report.valid().get(1).function()).isEqualTo(ParticipantFunction.GEDEPUTEERDE);
        assertThat(report.valid().get(2).function()).isEqualTo(ParticipantFunction.COMMISSARIS_VAN_DE_KONING);
        assertThat(report.valid().get(2).fractie()).isNull();
    }

    @Test
    void dutch_function_words_are_understood_whatever_their_case() {
        assertThat(BulkList.function("STATENLID")).contains(ParticipantFunction.STATENLID);
        assertThat(BulkList.function("statenleden")).contains(ParticipantFunction.STATENLID);
        assertThat(BulkList.function("CdK")).contains(ParticipantFunction.COMMISSARIS_VAN_DE_KONING);
        assertThat(BulkList.function("Griffier")).contains(ParticipantFunction.GRIFFIER);
        assertThat(BulkList.function("medewerker griffie")).contains(ParticipantFunction.GRIFFIEMEDEWERKER);
        assertThat(BulkList.function("anders")).contains(ParticipantFunction.OTHER);
        assertThat(BulkList.function("wethouder")).isEmpty();
    }

    @Test
    void every_broken_line_is_reported_with_its_number_and_what_is_wrong() {
        var report = BulkList.parse("""
                Anna de Vries;anna@example.nl;Statenlid;CDA
                ;leeg@example.nl;Statenlid;CDA
                Bert Bos;geen-adres;Statenlid;CDA

                Cor Claassen;cor@example.nl;wethouder;CDA
                Dirk Dekker;dirk@example.nl
                Eva Eerst;ANNA@example.nl;Statenlid;D66
                Frank;frank@example.nl;Statenlid;CDA;extra
                Gijs;gijs@example.nl;;PVV
                """);

        assertThat(report.valid()).extracting(BulkList.Line::number).containsExactly(1);
        var invalid = report.invalid();
        assertThat(invalid).extracting(BulkList.Line::number).containsExactly(2, 3, 5, 6, 7, 8, 9);
        assertThat(keys(invalid.get(0))).containsExactly("griffie.bulk.error.name-missing");
        assertThat(keys(invalid.get(1))).containsExactly("griffie.bulk.error.email-invalid");
        assertThat(invalid.get(1).problems().getFirst().args()).containsExactly("geen-adres");
        assertThat(keys(invalid.get(2))).containsExactly("griffie.bulk.error.function-unknown");
        assertThat(keys(invalid.get(3))).containsExactly("griffie.bulk.error.columns");
        assertThat(keys(invalid.get(4))).containsExactly("griffie.bulk.error.duplicate-in-list");
        assertThat(invalid.get(4).problems().getFirst().args()).containsExactly(1);
        assertThat(keys(invalid.get(5))).containsExactly("griffie.bulk.error.too-many-columns");
        assertThat(keys(invalid.get(6))).containsExactly("griffie.bulk.error.function-missing");
    }

    @Test
    void an_address_with_a_look_alike_or_invisible_character_is_reported_with_its_codes() {
        var report = BulkList.parse("""
                Anna de Vries;anna@provincie-utr\u0435cht.nl;Statenlid;CDA
                Bert Bos;bert\u200B@example.nl;Statenlid;CDA
                Cor Claassen;COR@Example.NL;Statenlid;CDA
                """);

        assertThat(report.valid()).extracting(BulkList.Line::number).containsExactly(3);
        var invalid = report.invalid();
        assertThat(keys(invalid.get(0))).containsExactly("griffie.bulk.error.email-not-plain");
        assertThat(invalid.get(0).problems().getFirst().args()).containsExactly("anna@provincie-utr[U+0435]cht.nl");
        assertThat(invalid.get(1).problems().getFirst().args()).containsExactly("bert[U+200B]@example.nl");
    }

    @Test
    void an_empty_list_and_a_huge_one_are_refused_as_a_whole() {
        assertThat(BulkList.parse("  \n ").listProblems()).extracting(BulkList.Problem::key)
                .containsExactly("griffie.bulk.error.empty");
        var huge = new StringBuilder();
        for (int i = 0; i <= BulkList.MAX_LINES; i++) {
            huge.append("P ").append(i).append(";p").append(i).append("@example.nl;Statenlid;X\n");
        }
        var report = BulkList.parse(huge.toString());
        assertThat(report.listProblems()).extracting(BulkList.Problem::key).containsExactly("griffie.bulk.error.too-many-lines");
        assertThat(report.canSave()).isFalse();
    }

    @Test
    void a_byte_order_mark_and_windows_line_ends_are_no_problem() {
        var report = BulkList.parse("\uFEFFAnna;anna@example.nl;Statenlid;CDA\r\nBert;bert@example.nl;Statenlid;CDA\r\n");
        assertThat(report.valid()).extracting(BulkList.Line::fullName).containsExactly("Anna", "Bert");
    }
}
