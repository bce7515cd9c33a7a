package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.Translations;
import org.junit.jupiter.api.Test;

/** The reasons the log stores, as organisers read them: every one the code writes has its own words, with its numbers only. */
class ReplyReasonTest {

    @Test
    void every_reason_the_code_writes_is_known_and_keeps_only_its_numbers() throws Exception {
        var refused = ReplyChecks.refusal(new ItipReply("REPLY", "u", 1, "a@example.nl", "DECLINED"),
                ReplyMessage.withCalendar("k", "a@example.nl", false, ""), "a@example.nl", 3).orElseThrow();
        assertThat(ReplyReason.of(refused.reason())).isEqualTo(new ReplyReason("replies.log.reason.older-sequence", List.of(1L, 3L)));
        var newer = ReplyChecks.refusal(new ItipReply("REPLY", "u", 4, "a@example.nl", "DECLINED"),
                ReplyMessage.withCalendar("k", "a@example.nl", false, ""), "a@example.nl", 3).orElseThrow();
        assertThat(ReplyReason.of(newer.reason()).key()).isEqualTo("replies.log.reason.newer-sequence");
        var spoofed = ReplyChecks.refusal(new ItipReply("REPLY", "u", 0, "a@example.nl", "DECLINED"),
                ReplyMessage.withCalendar("k", "b@example.nl", false, ""), "a@example.nl", 0).orElseThrow();
        assertThat(ReplyReason.of(spoofed.reason()).key()).isEqualTo("replies.log.reason.sender-differs");

        var request = ReplySamples.outlook("u@ontour", 0, "a@example.nl", "DECLINED").replace("METHOD:REPLY", "METHOD:REQUEST");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ItipReply.parse(request)).satisfies(e -> assertThat(
                ReplyReason.of(e.getMessage())).isEqualTo(new ReplyReason("replies.log.reason.not-a-reply-method", List.of())));
        assertThat(ReplyReason.of("2 attendees")).isEqualTo(new ReplyReason("replies.log.reason.attendees", List.of(2L)));
        assertThat(ReplyReason.of("size 2000000 bytes")).isEqualTo(new ReplyReason("replies.log.reason.too-large", List.of(2000000L)));
        assertThat(ReplyReason.of("something new")).isEqualTo(new ReplyReason("replies.log.reason.other", List.of()));
        assertThat(ReplyReason.of(null)).isNull();
    }

    @Test
    void every_reason_has_a_dutch_and_an_english_text() {
        var translations = new Translations();
        for (var key : ReplyReason.keys()) {
            assertThat(translations.getTranslation(key, DutchTime.DUTCH, 1L, 2L)).as(key).doesNotStartWith("!");
            assertThat(translations.getTranslation(key, DutchTime.ENGLISH, 1L, 2L)).as(key).doesNotStartWith("!");
        }
        assertThat(translations.getTranslation("replies.log.reason.too-large", DutchTime.DUTCH, 2000000L))
                .isEqualTo("Bericht van 2000000 bytes, te groot om te lezen");
    }
}
