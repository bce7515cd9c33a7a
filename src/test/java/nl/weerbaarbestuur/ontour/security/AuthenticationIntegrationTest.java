package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Locale;
import java.util.Set;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Sign-in through the application's one AuthenticationManager, against real accounts in the database. */
@SpringBootTest
class AuthenticationIntegrationTest {

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAccountRepository repository;

    private long id;
    private String email;
    private String password;

    @BeforeEach
    void an_organiser_creates_a_trainer_account() {
        SignInAs.role(Role.ORGANISER);
        email = TestAccounts.uniqueEmail("trainer");
        var created = accounts.create(email, "Tess Trainer", Role.TRAINER, Set.of());
        id = created.account().getId();
        password = created.initialPassword();
        SignInAs.nobody();
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private Authentication signIn(String username, String password) {
        return authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }

    private void deactivate() {
        SignInAs.role(Role.ORGANISER);
        accounts.deactivate(id);
        SignInAs.nobody();
    }

    @Test
    void the_right_password_signs_in_as_the_account_with_its_role() {
        var result = signIn(email, password);

        assertThat(result.isAuthenticated()).isTrue();
        assertThat(result.getPrincipal()).isInstanceOfSatisfying(SignedInUser.class, user -> {
            assertThat(user.id()).isEqualTo(id);
            assertThat(user.email()).isEqualTo(email);
            assertThat(user.role()).isEqualTo(Role.TRAINER);
        });
        // Spring Security 7 adds a FACTOR_PASSWORD authority next to the role.
        assertThat(result.getAuthorities()).extracting(a -> a.getAuthority())
                .filteredOn(a -> a.startsWith("ROLE_")).containsExactly("ROLE_TRAINER");
        assertThat(result.getCredentials()).as("the password is not kept after sign-in").isNull();
    }

    @Test
    void a_sign_in_records_when_it_happened() {
        assertThat(repository.findById(id)).get().extracting(UserAccount::getLastLoginAt).isNull();

        signIn(email, password);

        var account = repository.findById(id).orElseThrow();
        assertThat(account.getLastLoginAt()).isNotNull().isAfterOrEqualTo(account.getCreatedAt());
    }

    @Test
    void the_address_may_be_typed_in_another_case_and_with_spaces() {
        var result = signIn("  " + email.toUpperCase(Locale.ROOT) + " ", password);

        assertThat(result.isAuthenticated()).isTrue();
    }

    @Test
    void a_wrong_password_is_refused() {
        assertThatThrownBy(() -> signIn(email, password + "x")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_unknown_address_gets_the_same_answer_as_a_wrong_password() {
        var wrongPassword = catchThrowableOfType(BadCredentialsException.class, () -> signIn(email, "not-the-password"));
        var unknownAddress = catchThrowableOfType(BadCredentialsException.class,
                () -> signIn(TestAccounts.uniqueEmail("nobody"), "not-the-password"));

        assertThat(unknownAddress).isNotNull().hasSameClassAs(wrongPassword);
        assertThat(unknownAddress.getMessage()).isEqualTo(wrongPassword.getMessage());
    }

    @Test
    void a_password_longer_than_bcrypt_reads_is_just_a_wrong_password() {
        var tooLong = password + "x".repeat(100);

        assertThatThrownBy(() -> signIn(email, tooLong)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(TestAccounts.uniqueEmail("nobody"), tooLong)).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void an_empty_address_or_password_is_just_wrong() {
        assertThatThrownBy(() -> signIn("", password)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(email, "")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void a_deactivated_account_with_the_right_password_is_told_it_is_deactivated() {
        deactivate();

        assertThatThrownBy(() -> signIn(email, password)).isInstanceOf(DisabledException.class);
    }

    @Test
    void a_deactivated_account_with_a_wrong_password_hears_only_that_the_details_are_wrong() {
        deactivate();

        assertThatThrownBy(() -> signIn(email, "not-the-password")).isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void after_five_wrong_passwords_even_the_right_one_is_refused() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(email, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(email, password)).isInstanceOf(LoginThrottledException.class);
        assertThat(repository.findById(id)).get().extracting(UserAccount::getLastLoginAt).isNull();
    }

    @Test
    void unknown_addresses_are_throttled_too_so_the_block_reveals_no_account() {
        var nobody = TestAccounts.uniqueEmail("nobody");
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> signIn(nobody, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(nobody, "not-the-password")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_successful_sign_in_clears_the_earlier_failures() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(email, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(email, password);
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> signIn(email, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(signIn(email, password).isAuthenticated()).isTrue();
    }
}
