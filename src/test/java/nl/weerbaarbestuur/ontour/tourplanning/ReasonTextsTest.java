package nl.weerbaarbestuur.ontour.tourplanning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.MessageKey;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.junit.jupiter.api.Test;

/** A plan's reasons read as sentences: dates, times and weekdays as people write them, nested keys translated. */
class ReasonTextsTest {

    private final ReasonTexts texts = new ReasonTexts(new Translations());

    @Test
    void dates_are_written_in_the_readers_language_not_as_iso() {
        var reason = Reason.of("overview.period", LocalDate.of(2027, 2, 16), LocalDate.of(2027, 6, 30), "tour@test.ontour.nl");

        assertThat(texts.text(reason, DutchTime.DUTCH)).isEqualTo("Van 16 februari 2027 tot en met 30 juni 2027 · mailbox: tour@test.ontour.nl");
        assertThat(texts.text(reason, DutchTime.ENGLISH)).contains("16 February 2027").doesNotContain("2027-02-16");
    }

    @Test
    void a_message_key_argument_is_translated_in_the_same_language() {
        var reason = Reason.of("planning.warning.public-holiday", new MessageKey("holiday.kings-day"));

        assertThat(texts.text(reason, DutchTime.DUTCH)).isEqualTo("Deze datum valt op een feestdag: Koningsdag.");
        assertThat(texts.text(reason, DutchTime.ENGLISH)).contains("King's Day").doesNotContain("Koningsdag");
    }

    @Test
    void times_and_weekdays_read_as_words() {
        var reason = Reason.of("tourplan.ui.session.when", DayOfWeek.TUESDAY, LocalTime.of(19, 30), LocalTime.of(22, 0));

        assertThat(texts.texts(List.of(reason), DutchTime.DUTCH)).containsExactly("dinsdag, 19:30–22:00");
        assertThat(texts.text(reason, DutchTime.ENGLISH)).isEqualTo("Tuesday, 19:30–22:00");
    }

    @Test
    void a_key_nobody_translated_shows_as_the_key_rather_than_failing() {
        assertThat(texts.text(Reason.of("tourplan.why.never-written"), DutchTime.DUTCH)).isEqualTo("!tourplan.why.never-written");
    }

    @Test
    void a_plans_summary_reads_as_one_sentence_in_dutch_with_lower_case_parts_after_the_first() {
        var summary = List.of(Reason.of("tourplan.score.all-hard-met"), Reason.of("tourplan.score.school-holidays", 3L),
                Reason.of("tourplan.score.all-wishes-met"));

        assertThat(texts.sentence(summary, DutchTime.DUTCH))
                .isEqualTo("Alle harde regels gehaald; 3 sessies in een schoolvakantie; alle wensen van griffies en trainers gehaald.");
    }

    @Test
    void a_plans_summary_reads_as_one_sentence_in_english_too() {
        var summary = List.of(Reason.of("tourplan.score.hard-broken", 2), Reason.of("tourplan.score.all-wishes-met"));

        assertThat(texts.sentence(summary, DutchTime.ENGLISH)).isEqualTo("2 hard rules broken; every wish of the griffies and trainers met.");
    }

    @Test
    void joined_parts_lose_their_full_stops_and_keep_the_capitals_of_abbreviations_and_names() {
        assertThat(ReasonTexts.asSentence(List.of("alle regels gehaald.", "Nog geen sessie in Zeeland.", "PS vergadert", "IJsselstein ligt in Utrecht"),
                DutchTime.DUTCH)).isEqualTo("Alle regels gehaald; nog geen sessie in Zeeland; PS vergadert; IJsselstein ligt in Utrecht.");
        assertThat(ReasonTexts.asSentence(List.of(), DutchTime.DUTCH)).isEmpty();
    }
}
