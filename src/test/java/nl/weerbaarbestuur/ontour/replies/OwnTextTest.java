package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OwnTextTest {

    @Test
    void uids_of_our_shape_are_shown_and_any_other_is_other() {
        assertThat(OwnText.uid("reg-12-session-3@ontour")).isEqualTo("reg-12-session-3@ontour");
        assertThat(OwnText.uid("trainer-4-session-3@ontour")).isEqualTo("trainer-4-session-3@ontour");
        assertThat(OwnText.uid("session-3@ontour")).isEqualTo("session-3@ontour");
        assertThat(OwnText.uid("reg-12-session-3@ontour\r\nINFO forged")).isEqualTo("(other)");
        assertThat(OwnText.uid("040000008200E00074C5B7101A82E008")).as("Outlook's own UID").isEqualTo("(other)");
        assertThat(OwnText.uid("https://evil.example/" + "x".repeat(5000))).isEqualTo("(other)");
        assertThat(OwnText.uid("reg-1234567890123456789-session-3@ontour")).as("more digits than an id has").isEqualTo("(other)");
        assertThat(OwnText.uid(null)).isEqualTo("(other)");
    }

    @Test
    void only_the_participation_statuses_of_rfc_5545_are_shown() {
        assertThat(OwnText.partStat("DECLINED")).isEqualTo("DECLINED");
        assertThat(OwnText.partStat("NEEDS-ACTION")).isEqualTo("NEEDS-ACTION");
        assertThat(OwnText.partStat("X-\u001B[31mRED")).isEqualTo("(other)");
        assertThat(OwnText.partStat("declined")).as("the parser upper-cases; anything else is not ours").isEqualTo("(other)");
    }

    @Test
    void a_uid_of_ours_names_its_session() {
        assertThat(OwnText.sessionId("reg-12-session-3@ontour")).contains(3L);
        assertThat(OwnText.sessionId("trainer-4-session-9@ontour")).contains(9L);
        assertThat(OwnText.sessionId("reg-12-session-3@elders")).isEmpty();
    }
}
