package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    private static final String SENDER = "Weerbaar Bestuur On Tour <ontour@weerbaarbestuur.nl>";

    /** Every shape of key the modules enqueue (see the {@code new OutgoingMessage(...)} calls), with sample ids. */
    static final List<String> KEYS_IN_USE = List.of(
            "registration-confirm:42",
            "registration-on-behalf:42",
            "registration-manage:42:1767225600000",
            "registration-waitlisted:17",
            "registration-changed:42:3",
            "invite:2:1",
            "invite:2:10",
            "invite:21:0",
            "trainer-invite:3:8:2:REQUEST",
            "trainer-invite:3:8:2:CANCEL",
            "reminder:7d:12:1800000000",
            "reminder:1d:12:1800000000",
            "follow-up:42",
            "griffie-digest:5:2027-03-01",
            "attendee-message:0b6f6d2e-3c1a-4a57-9d1e-2f0c8a7b5e11:42",
            "template-test:6a1f2d3c-4b5e-4f60-8a9b-0c1d2e3f4a5b",
            "inzage-link:9",
            "erasure-confirmed:4",
            "password-reset:77",
            "types:1a2b3c4d:INVITE_CONFIRMED");

    /** Keys no module makes today, but the outbox accepts: each must still give a valid, distinct id. */
    static final List<String> ODD_KEYS = List.of(
            "invite.2.1", "invite 2 1", "invite@2@1", "invite::2:1", ":invite:2:1", "invite:2:1:", "a..b", "a.b", "a b",
            "<a>", "\"quoted\"", "ünïcode:sleutel", "ключ", "", ".", "x".repeat(200), "x".repeat(199) + ".");

    /**
     * RFC 5322 3.6.4 without the obsolete forms: "&lt;" dot-atom-text "@" (dot-atom-text / no-fold-literal) "&gt;",
     * dot-atom-text = 1*atext *("." 1*atext). Checked by hand, character by character, not with the code's patterns.
     */
    static boolean isStrictMsgId(String id) {
        if (id == null || id.length() < 5 || id.charAt(0) != '<' || id.charAt(id.length() - 1) != '>') {
            return false;
        }
        var inner = id.substring(1, id.length() - 1);
        int at = inner.indexOf('@');
        if (at < 0 || inner.indexOf('@', at + 1) >= 0) {
            return false;
        }
        return isDotAtomText(inner.substring(0, at)) && isDotAtomText(inner.substring(at + 1));
    }

    private static boolean isDotAtomText(String s) {
        if (s.isEmpty() || s.startsWith(".") || s.endsWith(".") || s.contains("..")) {
            return false;
        }
        for (char c : s.toCharArray()) {
            if (c != '.' && !isAtext(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAtext(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "!#$%&'*+-/=?^_`{|}~".indexOf(c) >= 0;
    }

    @Test
    void the_strict_check_itself_rejects_what_rfc_5322_rejects() {
        assertThat(isStrictMsgId("<invite.2.1@weerbaarbestuur.nl>")).isTrue();
        assertThat(isStrictMsgId("<invite:2:1@ontour>")).as("colon before the @").isFalse();
        assertThat(isStrictMsgId("<a..b@x.nl>")).isFalse();
        assertThat(isStrictMsgId("<.a@x.nl>")).isFalse();
        assertThat(isStrictMsgId("<a.@x.nl>")).isFalse();
        assertThat(isStrictMsgId("<a b@x.nl>")).isFalse();
        assertThat(isStrictMsgId("<a@b@x.nl>")).isFalse();
        assertThat(isStrictMsgId("<@x.nl>")).isFalse();
        assertThat(isStrictMsgId("<a@>")).isFalse();
        assertThat(isStrictMsgId("a@x.nl")).isFalse();
        assertThat(isStrictMsgId("<ü@x.nl>")).isFalse();
    }

    @Test
    void every_key_in_use_gives_a_valid_message_id_with_the_senders_domain() {
        for (var key : KEYS_IN_USE) {
            var id = MessageIds.of(key, SENDER);
            assertThat(isStrictMsgId(id)).as(key + " -> " + id).isTrue();
            assertThat(id).as(key).endsWith("@weerbaarbestuur.nl>");
        }
    }

    @Test
    void keys_in_use_stay_readable_a_colon_becoming_a_dot() {
        assertThat(MessageIds.of("invite:2:1", SENDER)).isEqualTo("<invite.2.1@weerbaarbestuur.nl>");
        assertThat(MessageIds.of("registration-waitlisted:17", SENDER)).isEqualTo("<registration-waitlisted.17@weerbaarbestuur.nl>");
        assertThat(MessageIds.of("reminder:7d:12:1800000000", SENDER)).isEqualTo("<reminder.7d.12.1800000000@weerbaarbestuur.nl>");
        assertThat(MessageIds.of("griffie-digest:5:2027-03-01", SENDER)).isEqualTo("<griffie-digest.5.2027-03-01@weerbaarbestuur.nl>");
    }

    @Test
    void odd_keys_still_give_valid_message_ids() {
        for (var key : ODD_KEYS) {
            var id = MessageIds.of(key, SENDER);
            assertThat(isStrictMsgId(id)).as("'" + key + "' -> " + id).isTrue();
            assertThat(("Message-ID: " + id).length()).as("'" + key + "' fits one header line").isLessThan(998);
        }
    }

    @Test
    void the_same_key_gives_the_same_id_every_time() {
        for (var key : concat(KEYS_IN_USE, ODD_KEYS)) {
            assertThat(MessageIds.of(key, SENDER)).as(key).isEqualTo(MessageIds.of(new String(key.toCharArray()), SENDER));
        }
        // Fixed for all time: a resend after an upgrade must still be recognised as the same message.
        assertThat(MessageIds.localPart("invite:2:1")).isEqualTo("invite.2.1");
        assertThat(MessageIds.localPart("invite 2 1")).isEqualTo("invite.2.1+024168ef50c03d6e");
        assertThat(MessageIds.localPart("invite.2.1")).isEqualTo("invite.2.1+07b405e734be35eb");
    }

    @Test
    void different_keys_give_different_ids_also_when_they_clean_up_alike() {
        var all = concat(KEYS_IN_USE, ODD_KEYS);
        var ids = new HashSet<String>();
        for (var key : all) {
            ids.add(MessageIds.of(key, SENDER));
        }
        assertThat(ids).hasSize(all.size());
        // "invite.2.1" is exactly what "invite:2:1" reads as: the odd key gets a hash, the real one does not.
        assertThat(MessageIds.localPart("invite:2:1")).isEqualTo("invite.2.1");
        assertThat(MessageIds.localPart("invite.2.1")).startsWith("invite.2.1+").hasSize("invite.2.1+".length() + 16);
        assertThat(MessageIds.localPart("invite 2 1")).startsWith("invite.2.1+")
                .isNotEqualTo(MessageIds.localPart("invite.2.1"));
    }

    @Test
    void the_domain_is_the_senders_in_lower_case_else_ontour_local() {
        assertThat(MessageIds.domainOf(SENDER)).isEqualTo("weerbaarbestuur.nl");
        assertThat(MessageIds.domainOf("noreply@Mail.Example.NL")).isEqualTo("mail.example.nl");
        assertThat(MessageIds.domainOf("On Tour <ontour@localhost>")).isEqualTo("localhost");
        assertThat(MessageIds.domainOf("Boeken <info@bücher.example>")).isEqualTo("xn--bcher-kva.example");
        for (var unusable : new String[] {null, "", "  ", "geen adres", "ontour", "a@[127.0.0.1]", "a@-bad-.nl", "a@x..nl", "<>"}) {
            assertThat(MessageIds.domainOf(unusable)).as(String.valueOf(unusable)).isEqualTo("ontour.local");
            assertThat(isStrictMsgId(MessageIds.of("invite:2:1", unusable))).isTrue();
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        var all = new ArrayList<String>(a);
        all.addAll(b);
        return all;
    }
}
