package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ItipReplyTest {

    @Test
    void an_outlook_decline_names_the_invite_the_attendee_and_the_answer() throws Exception {
        var reply = ItipReply.parse(ReplySamples.outlook("reg-4-session-2@ontour", 3, "Anna.Agenda@Example.nl", "DECLINED"));

        assertThat(reply).isEqualTo(new ItipReply("REPLY", "reg-4-session-2@ontour", 3, "anna.agenda@example.nl", "DECLINED"));
    }

    @Test
    void a_thunderbird_acceptance_with_a_folded_attendee_line_is_read() throws Exception {
        var reply = ItipReply.parse(ReplySamples.thunderbird("reg-5-session-2@ontour", 0, "bert@example.nl", "ACCEPTED"));

        assertThat(reply).isEqualTo(new ItipReply("REPLY", "reg-5-session-2@ontour", 0, "bert@example.nl", "ACCEPTED"));
    }

    @Test
    void a_reply_without_sequence_answers_version_zero() throws Exception {
        var ics = ReplySamples.thunderbird("u@ontour", 0, "bert@example.nl", "TENTATIVE")
                .replace("SEQUENCE:0\r\n", "").replace("X-MOZ-RECEIVED-SEQUENCE:0\r\n", "");

        assertThat(ItipReply.parse(ics).sequence()).isZero();
        assertThat(ItipReply.parse(ics).partStat()).isEqualTo("TENTATIVE");
    }

    @Test
    void an_outlook_reply_without_sequence_answers_the_version_named_in_its_cdo_sequence() throws Exception {
        var ics = ReplySamples.outlookWithoutSequence("reg-4-session-2@ontour", 2, "anna@example.nl", "DECLINED");
        assertThat(ics).doesNotContain("\r\nSEQUENCE:").contains("X-MICROSOFT-CDO-APPT-SEQUENCE:2");

        assertThat(ItipReply.parse(ics)).isEqualTo(new ItipReply("REPLY", "reg-4-session-2@ontour", 2, "anna@example.nl", "DECLINED"));
    }

    @Test
    void sequence_wins_over_outlooks_copy_and_an_unreadable_copy_is_version_zero() throws Exception {
        var both = ReplySamples.outlook("u@ontour", 3, "anna@example.nl", "DECLINED")
                .replace("X-MICROSOFT-CDO-APPT-SEQUENCE:3", "X-MICROSOFT-CDO-APPT-SEQUENCE:5");
        assertThat(ItipReply.parse(both).sequence()).isEqualTo(3);

        var unreadable = ReplySamples.outlookWithoutSequence("u@ontour", 2, "anna@example.nl", "DECLINED")
                .replace("X-MICROSOFT-CDO-APPT-SEQUENCE:2", "X-MICROSOFT-CDO-APPT-SEQUENCE:twee");
        assertThat(ItipReply.parse(unreadable).sequence()).isZero();
    }

    @Test
    void a_reply_for_several_attendees_is_refused() {
        var ics = ReplySamples.outlook("u@ontour", 0, "anna@example.nl", "DECLINED")
                .replace("ATTENDEE;", "ATTENDEE;PARTSTAT=ACCEPTED:mailto:other@example.nl\r\nATTENDEE;");

        assertThatThrownBy(() -> ItipReply.parse(ics)).isInstanceOf(ItipReply.Unreadable.class).hasMessage("2 attendees");
    }

    @Test
    void a_request_is_no_reply() {
        var ics = ReplySamples.outlook("u@ontour", 0, "anna@example.nl", "DECLINED").replace("METHOD:REPLY", "METHOD:REQUEST");

        assertThatThrownBy(() -> ItipReply.parse(ics)).isInstanceOf(ItipReply.Unreadable.class).hasMessageContaining("REQUEST");
    }

    @Test
    void a_counter_proposal_is_read_as_such() throws Exception {
        var ics = ReplySamples.outlook("u@ontour", 1, "anna@example.nl", "NEEDS-ACTION").replace("METHOD:REPLY", "METHOD:COUNTER");

        assertThat(ItipReply.parse(ics).method()).isEqualTo("COUNTER");
    }

    @Test
    void broken_calendars_are_refused_not_thrown() {
        assertThatThrownBy(() -> ItipReply.parse("BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\nUID:x\r\n"))
                .isInstanceOf(ItipReply.Unreadable.class);
        assertThatThrownBy(() -> ItipReply.parse("niet eens een agenda")).isInstanceOf(ItipReply.Unreadable.class);
        var noUid = ReplySamples.outlook("", 0, "anna@example.nl", "DECLINED").replace("UID:\r\n", "");
        assertThatThrownBy(() -> ItipReply.parse(noUid)).isInstanceOf(ItipReply.Unreadable.class).hasMessage("no UID");
        var badSequence = ReplySamples.outlook("u@ontour", 0, "anna@example.nl", "DECLINED").replace("SEQUENCE:0\r\n", "SEQUENCE:x\r\n");
        assertThatThrownBy(() -> ItipReply.parse(badSequence)).isInstanceOf(ItipReply.Unreadable.class);
    }
}
