package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class SignedInUserTest {

    private static SignedInUser user(Role role, String... provinces) {
        return new SignedInUser(7, "anna@provincie.nl", "Anna", role, Set.of(provinces), "{bcrypt}secret-hash", true);
    }

    @Test
    void organisers_cover_every_province_griffie_users_their_own_and_trainers_none() {
        assertThat(user(Role.ORGANISER).covers("GR")).isTrue();
        assertThat(user(Role.GRIFFIE, "UT").covers("UT")).isTrue();
        assertThat(user(Role.GRIFFIE, "UT").covers("GR")).isFalse();
        assertThat(user(Role.TRAINER).covers("UT")).isFalse();
    }

    @Test
    void the_role_becomes_the_one_spring_authority() {
        assertThat(user(Role.GRIFFIE, "UT").getAuthorities()).extracting(Object::toString).containsExactly("ROLE_GRIFFIE");
    }

    @Test
    void the_password_hash_never_shows_in_its_text() {
        assertThat(user(Role.ORGANISER).toString()).doesNotContain("secret-hash").doesNotContain("anna@");
    }

    @Test
    void its_provinces_cannot_be_changed_afterwards() {
        var provinces = new java.util.HashSet<>(Set.of("UT"));
        var user = new SignedInUser(7, "anna@provincie.nl", "Anna", Role.GRIFFIE, provinces, "", true);

        provinces.add("GR");

        assertThat(user.provinceCodes()).containsExactly("UT");
    }
}
