package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * What the application log says of a reply: its UID and PARTSTAT when they are ours, "(other)"
 * otherwise, so a forged mail cannot write control characters, links or pages of text into the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReplyLogLinesIntegrationTest extends ReplyIntegrationBase {

    @Autowired InviteReplies inviteReplies;

    @Test
    void a_forged_uid_and_partstat_appear_in_the_log_as_other(CapturedOutput output) {
        var forgedUid = "https://evil.example/login?next=" + "A".repeat(150);
        var ics = ReplySamples.outlook(forgedUid, 0, "anna@example.nl", "X-PWNED-HTTPS-EVIL-EXAMPLE");
        var outcome = inviteReplies.handle(ReplyMessage.withCalendar(messageId("forged-log", "evil.example"), "anna@example.nl",
                false, ics));

        assertThat(outcome).isEqualTo(ReplyOutcome.UNKNOWN_INVITE);
        assertThat(output.getOut()).contains("Calendar reply (other) (REPLY) for invite (other): UNKNOWN_INVITE")
                .doesNotContain("evil.example", "AAAAAAAAAA", "PWNED");
    }

    @Test
    void control_characters_in_a_uid_never_reach_the_log(CapturedOutput output) {
        var ics = ReplySamples.outlook("reg-1-session-1@ontour\u0007\u001B[2J FORGED LINE", 0, "anna@example.nl", "DECLINED");
        inviteReplies.handle(ReplyMessage.withCalendar(messageId("control-log", "evil.example"), "anna@example.nl", false, ics));

        assertThat(output.getOut()).doesNotContain("\u0007", "\u001B", "FORGED LINE");
    }

    @Test
    void a_uid_and_partstat_of_ours_are_named(CapturedOutput output) {
        var ics = ReplySamples.outlook("reg-999999999-session-1@ontour", 0, "anna@example.nl", "DECLINED");
        inviteReplies.handle(ReplyMessage.withCalendar(messageId("ours-log", "mail.example.nl"), "anna@example.nl", false, ics));

        assertThat(output.getOut()).contains("Calendar reply DECLINED (REPLY) for invite reg-999999999-session-1@ontour: UNKNOWN_INVITE");
    }
}
