package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import nl.weerbaarbestuur.ontour.shared.EmailAddresses.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses are accepted, normalising them for storage and comparison, and masking them for pages an old link may show. */
class EmailAddressesTest {

    @Test
    void an_address_is_stored_in_one_spelling() {
        assertThat(EmailAddresses.normalise("  Griffie.Zeeland@Example.NL ")).isEqualTo("griffie.zeeland@example.nl");
        assertThat(EmailAddresses.normalise("ｇriffie@example.nl")).isEqualTo("griffie@example.nl");
    }

    @Test
    void a_look_alike_from_another_script_stays_distinct() {
        assertThat(EmailAddresses.normalise("grıffıe@example.nl")).isNotEqualTo("griffie@example.nl");
    }

    @Test
    void a_masked_address_hides_the_name_and_the_domain_but_keeps_a_hint() {
        assertThat(EmailAddresses.masked("vera.verwijder@jansen-familie.nl")).isEqualTo("v•••@j•••.nl")
                .doesNotContain("jansen").doesNotContain("vera");
        assertThat(EmailAddresses.masked("statenlid@pzh.nl")).isEqualTo("s•••@p•••.nl");
    }

    @Test
    void something_that_is_no_address_is_masked_whole() {
        assertThat(EmailAddresses.masked(null)).isEqualTo("•••");
        assertThat(EmailAddresses.masked("geen-adres")).isEqualTo("•••");
        assertThat(EmailAddresses.masked("x@")).isEqualTo("•••");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan@example.nl", "Jan.de-Vries+ontour@Provincie-Utrecht.NL", "griffie_zld@zeeland.nl",
            "o'brien@example.ie", "x@sub.domain.example.com", "pers@xn--bcher-kva.nl", "a@b.museum"})
    void a_plain_address_is_accepted(String address) {
        assertThat(EmailAddresses.problem(address)).isEmpty();
        assertThat(EmailAddresses.problem(EmailAddresses.normalise(address))).isEmpty();
    }

    /** Each looks like jan@example.nl, or nearly, on a screen. */
    @ParameterizedTest
    @ValueSource(strings = {"j\u0430n@example.nl", "jan@ex\u0430mple.nl", "jan@example.n\u0406", "j\u0131n@example.nl",
            "jan\u200B@example.nl", "jan@example.nl\u202E", "\u2066jan@example.nl", "jan@exa\u00ADmple.nl",
            "jos\u00E9@example.nl", "jan@b\u00FCcher.nl", "jan\u0000@example.nl", "jan\t@example.nl"})
    void a_look_alike_accent_or_invisible_character_is_refused_with_its_own_message(String address) {
        assertThat(EmailAddresses.problem(address)).contains(Problem.NOT_PLAIN);
        assertThat(EmailAddresses.problem(EmailAddresses.normalise(address))).contains(Problem.NOT_PLAIN);
        assertThat(Problem.NOT_PLAIN.messageKey()).isEqualTo("field.email-not-plain");
    }

    @ParameterizedTest
    @ValueSource(strings = {"jan", "jan@", "@example.nl", "jan@example", "jan@@example.nl", "jan @example.nl",
            ".jan@example.nl", "jan.@example.nl", "jan..x@example.nl", "jan@-example.nl", "jan@example-.nl",
            "jan@example..nl", "jan@example.123", "jan@example.n", "<jan@example.nl>", "jan@example.nl,piet@example.nl"})
    void something_that_is_no_address_is_refused(String address) {
        assertThat(EmailAddresses.problem(address)).contains(Problem.INVALID);
    }

    @Test
    void nothing_typed_and_too_long_are_refused() {
        assertThat(EmailAddresses.problem(null)).contains(Problem.MISSING);
        assertThat(EmailAddresses.problem("   ")).contains(Problem.MISSING);
        var longest = "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(3) + "nl";
        assertThat(longest).hasSizeLessThanOrEqualTo(EmailAddresses.MAX_LENGTH);
        assertThat(EmailAddresses.problem(longest)).isEmpty();
        var tooLong = "a".repeat(64) + "@" + ("b".repeat(60) + ".").repeat(4) + "nl";
        assertThat(EmailAddresses.problem(tooLong)).contains(Problem.INVALID);
    }

    @Test
    void a_refused_address_shows_its_strange_characters_by_code() {
        assertThat(EmailAddresses.visible("j\u0430n@example.nl\u202E")).isEqualTo("j[U+0430]n@example.nl[U+202E]");
        assertThat(EmailAddresses.visible("jan@example.nl")).isEqualTo("jan@example.nl");
        assertThat(EmailAddresses.visible("x\uD83D\uDE00")).isEqualTo("x[U+1F600]");
    }

    @Test
    void an_address_stored_before_the_rule_can_still_be_looked_up() {
        assertThat(EmailAddresses.couldBeStored("jos\u00E9@example.nl")).isTrue();
        assertThat(EmailAddresses.couldBeStored("geen adres")).isFalse();
    }
}
