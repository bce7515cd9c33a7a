package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** A token signs in its owner only while it is not revoked and the owner is an active organiser. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenServiceTest {

    @Autowired
    ApiTokenService tokens;

    @Autowired
    UserAccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private UserAccount owner;

    @BeforeEach
    void signInAsANewOrganiser() {
        signIn(new SignedInUser(0, "setup@test.ontour.nl", "Setup", Role.ORGANISER, Set.of(), "", true));
        var email = "token-owner-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ontour.nl";
        owner = accounts.create(email, "Token-eigenaar", Role.ORGANISER, Set.of()).account();
        signIn(SignedInUser.of(owner));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void only_the_hash_of_a_token_is_stored() {
        var created = tokens.create("Script");

        var stored = jdbc.queryForObject("select token_hash from api_token where id = ?", String.class, created.token().getId());
        assertThat(stored).hasSize(64).isEqualTo(ApiTokenService.hash(created.clearToken())).isNotEqualTo(created.clearToken());
        assertThat(tokens.authenticate(created.clearToken())).hasValueSatisfying(user -> assertThat(user.id()).isEqualTo(owner.getId()));
    }

    @Test
    void a_revoked_token_signs_no_one_in() {
        var created = tokens.create("Script");

        tokens.revoke(created.token().getId());

        assertThat(tokens.authenticate(created.clearToken())).isEmpty();
    }

    @Test
    void the_tokens_of_a_deactivated_or_demoted_owner_stop_working() {
        var created = tokens.create("Script");
        var clear = created.clearToken();
        signIn(new SignedInUser(0, "setup@test.ontour.nl", "Setup", Role.ORGANISER, Set.of(), "", true));

        accounts.update(owner.getId(), owner.getDisplayName(), Role.TRAINER, Set.of());
        assertThat(tokens.authenticate(clear)).as("demoted").isEmpty();

        accounts.update(owner.getId(), owner.getDisplayName(), Role.ORGANISER, Set.of());
        assertThat(tokens.authenticate(clear)).as("organiser again").isPresent();

        accounts.deactivate(owner.getId());
        assertThat(tokens.authenticate(clear)).as("deactivated").isEmpty();
    }

    @Test
    void an_organiser_cannot_revoke_someone_elses_token() {
        var mine = tokens.create("Script");
        signIn(new SignedInUser(owner.getId() + 100_000, "someone@test.ontour.nl", "Iemand", Role.ORGANISER, Set.of(), "", true));

        assertThatThrownBy(() -> tokens.revoke(mine.token().getId())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_token_needs_a_name_of_at_most_80_characters() {
        assertThatThrownBy(() -> tokens.create(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> tokens.create("x".repeat(81))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void garbage_signs_no_one_in() {
        assertThat(tokens.authenticate(null)).isEmpty();
        assertThat(tokens.authenticate("")).isEmpty();
        assertThat(tokens.authenticate("ot_" + "x".repeat(500))).isEmpty();
        assertThat(tokens.authenticate("not-a-token")).isEmpty();
    }

    private static void signIn(SignedInUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
