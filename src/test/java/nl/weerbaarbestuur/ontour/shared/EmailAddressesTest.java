package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Normalising addresses for storage and comparison, and masking them for pages an old link may show. */
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
}
