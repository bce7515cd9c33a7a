package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Sign-in through the application's one AuthenticationManager, against real accounts in the database. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
class AuthenticationIntegrationTest {

    private static final String OWNER_HOME = "192.0.2.10";

    @Autowired
    AuthenticationManager authenticationManager;
    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    LoginThrottle throttle;
    @Autowired
    MutableClock clock;

    private long id;
    private String email;
    private String password;

    @BeforeEach
    void an_organiser_creates_a_trainer_account() {
        throttle.clear();
        SignInAs.role(Role.ORGANISER);
        email = TestAccounts.uniqueEmail("griffie.zeeland");
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
    void after_three_wrong_passwords_even_the_right_one_waits_a_second_and_then_signs_in() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(email, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(email, password)).isInstanceOf(LoginThrottledException.class);
        assertThat(repository.findById(id)).get().extracting(UserAccount::getLastLoginAt).isNull();
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(email, password).isAuthenticated()).isTrue();
    }

    @Test
    void unknown_addresses_are_throttled_too_so_the_delay_reveals_no_account() {
        var nobody = TestAccounts.uniqueEmail("nobody");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(nobody, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(nobody, "not-the-password")).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void a_successful_sign_in_clears_the_earlier_failures() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> signIn(email, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }
        signIn(email, password);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> signIn(email, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(signIn(email, password).isAuthenticated()).isTrue();
    }

    // --- Look-alike letters (finding "lockout bypass"): one account, one spelling, one count.

    @Test
    void a_dotless_i_in_the_address_finds_no_account_even_with_the_right_password() {
        var lookAlike = lookAlikeOf(email);

        assertThat(lookAlike).isNotEqualTo(email);
        assertThatThrownBy(() -> signIn(lookAlike, password)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(email.replace("e", "\u00e9"), password)).as("an accent")
                .isInstanceOf(BadCredentialsException.class);
    }

    @Test
    void failures_in_every_spelling_count_against_the_one_matched_account() {
        var fullWidth = new StringBuilder();
        email.substring(0, 3).chars().forEach(c -> fullWidth.append((char) (c - 'a' + '\uff41')));
        var spellings = new String[] {email.toUpperCase(Locale.ROOT), "  " + email + " ", fullWidth + email.substring(3)};
        for (var spelling : spellings) {
            assertThatThrownBy(() -> signIn(spelling, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(email, password)).as("the fourth try, in yet another spelling")
                .isInstanceOf(LoginThrottledException.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(signIn(fullWidth + email.substring(3), password).isAuthenticated()).as("NFKC folds full-width letters").isTrue();
    }

    @Test
    void a_throttled_account_cannot_be_reached_through_a_look_alike_spelling() {
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> signIn(email, "not-the-password")).isInstanceOf(BadCredentialsException.class);
        }

        assertThatThrownBy(() -> signIn(lookAlikeOf(email), password)).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn(email.toUpperCase(Locale.ROOT), password)).isInstanceOf(LoginThrottledException.class);
    }

    @Test
    void an_address_is_stored_in_its_normalised_spelling() {
        SignInAs.role(Role.ORGANISER);
        var typed = "  \uff34ess." + TestAccounts.uniqueEmail("Trainer").toUpperCase(Locale.ROOT) + " ";
        var created = accounts.create(typed, "Tess", Role.TRAINER, Set.of());
        SignInAs.nobody();

        assertThat(created.account().getEmail()).isEqualTo(EmailAddresses.normalise(typed)).startsWith("tess.trainer.");
    }

    // --- Lock-out as denial of service: no hard lock for the owner.

    @Test
    void someone_guessing_from_elsewhere_cannot_keep_the_owner_out_for_more_than_a_minute() {
        assertThat(signIn(email, password, OWNER_HOME).isAuthenticated()).isTrue();
        int refusedTries = 0;
        for (int i = 0; i < 40; i++) {
            try {
                signIn(lookAlike(i), "guess-" + i, "198.51.100." + i);
            } catch (LoginThrottledException e) {
                refusedTries++;
                clock.advance(Duration.ofSeconds(20));
            } catch (BadCredentialsException e) {
                // a try that counted
            }
        }
        assertThat(refusedTries).as("the guesser was slowed down").isPositive();
        assertThatThrownBy(() -> signIn(email, password, "198.51.100.250")).as("a new address after 10 failures")
                .isInstanceOf(LoginThrottledException.class);

        clock.advance(Duration.ofMinutes(1));
        assertThat(signIn(email, password, OWNER_HOME).isAuthenticated()).as("the owner, at most a minute later").isTrue();
    }

    private String lookAlike(int i) {
        return switch (i % 3) {
            case 0 -> email;
            case 1 -> email.toUpperCase(Locale.ROOT);
            default -> " " + email;
        };
    }

    private static String lookAlikeOf(String address) {
        return address.replace('i', '\u0131');
    }

    private Authentication signIn(String username, String password, String clientAddress) {
        var request = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        request.setDetails(new WebAuthenticationDetails(clientAddress, null));
        return authenticationManager.authenticate(request);
    }
}
