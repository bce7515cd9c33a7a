package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/** User administration against the real database, with Spring's method security in front of it. */
@SpringBootTest
class UserAccountServiceIntegrationTest {

    private static final String ONE_TIME_PASSWORD = "[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}";

    @Autowired
    UserAccountService accounts;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    AccountUserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signInAsOrganiser() {
        SignInAs.role(Role.ORGANISER);
    }

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private String storedHash(String email) {
        return jdbc.queryForObject("select password_hash from user_account where email = ?", String.class, email);
    }

    private static void assertRefused(ThrowingCallable call, String messageKey) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BusinessRuleException.class,
                e -> assertThat(e.messageKey()).isEqualTo(messageKey));
    }

    private UserAccountService.Created griffie(String email) {
        return accounts.create(email, "Gerda Griffie", Role.GRIFFIE, Set.of("UT"));
    }

    /** Signs in as a real organiser account, so that "self" means something. */
    private SignedInUser signInAsNewOrganiser() {
        var email = TestAccounts.uniqueEmail("organiser");
        accounts.create(email, "Olga Organisator", Role.ORGANISER, Set.of());
        var me = (SignedInUser) userDetails.loadUserByUsername(email);
        SignInAs.user(me);
        return me;
    }

    @Test
    void creating_an_account_returns_a_one_time_password_and_stores_only_its_bcrypt_hash() {
        var email = TestAccounts.uniqueEmail("griffie");

        var created = griffie(email);

        assertThat(created.initialPassword()).matches(ONE_TIME_PASSWORD);
        var hash = storedHash(email);
        assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(created.initialPassword());
        assertThat(passwordEncoder.matches(created.initialPassword(), hash)).isTrue();
    }

    @Test
    void two_accounts_never_get_the_same_one_time_password() {
        var first = griffie(TestAccounts.uniqueEmail("griffie")).initialPassword();
        var second = griffie(TestAccounts.uniqueEmail("griffie")).initialPassword();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void the_address_is_stored_without_spaces_and_in_lower_case() {
        var email = TestAccounts.uniqueEmail("griffie");

        var created = griffie("  " + email.toUpperCase() + " ");

        assertThat(created.account().getEmail()).isEqualTo(email);
        assertThat(repository.findById(created.account().getId())).get().extracting(UserAccount::getEmail).isEqualTo(email);
    }

    @Test
    void the_loaded_principal_carries_the_role_and_provinces_of_the_account() {
        var email = TestAccounts.uniqueEmail("griffie");
        var created = accounts.create(email, "Gerda Griffie", Role.GRIFFIE, Set.of("UT", "GE"));

        var principal = (SignedInUser) userDetails.loadUserByUsername(email);

        assertThat(principal.id()).isEqualTo(created.account().getId());
        assertThat(principal.role()).isEqualTo(Role.GRIFFIE);
        assertThat(principal.provinceCodes()).containsExactlyInAnyOrder("UT", "GE");
        assertThat(principal.isEnabled()).isTrue();
    }

    @Test
    void an_address_that_is_taken_is_refused_whatever_its_case() {
        var email = TestAccounts.uniqueEmail("griffie");
        griffie(email);

        assertThatThrownBy(() -> griffie(email.toUpperCase())).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
            assertThat(e.messageKey()).isEqualTo("user.error.email-taken");
            assertThat(e.arguments()).containsExactly(email);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"geen-adres", "anna@", "@provincie.nl", "anna@provincie", "anna jansen@provincie.nl", "a@b@provincie.nl"})
    void an_invalid_address_is_refused(String email) {
        assertRefused(() -> griffie(email), "user.error.email-invalid");
    }

    @Test
    void an_empty_address_is_refused() {
        assertRefused(() -> griffie("   "), "user.error.email-required");
        assertRefused(() -> griffie(null), "user.error.email-required");
    }

    @Test
    void a_name_is_required_and_limited_to_120_characters() {
        assertRefused(() -> accounts.create(TestAccounts.uniqueEmail("x"), "  ", Role.TRAINER, Set.of()), "user.error.name-required");
        assertRefused(() -> accounts.create(TestAccounts.uniqueEmail("x"), "a".repeat(121), Role.TRAINER, Set.of()),
                "user.error.name-too-long");
    }

    @Test
    void a_role_is_required() {
        assertRefused(() -> accounts.create(TestAccounts.uniqueEmail("x"), "Anna", null, Set.of()), "user.error.role-required");
    }

    @Test
    void a_griffie_account_without_province_is_refused_and_not_stored() {
        var email = TestAccounts.uniqueEmail("griffie");

        assertRefused(() -> accounts.create(email, "Gerda Griffie", Role.GRIFFIE, Set.of()), "user.error.griffie-needs-province");

        assertThat(repository.existsByEmail(email)).isFalse();
    }

    @Test
    void a_griffie_user_who_becomes_trainer_loses_its_provinces_in_the_database() {
        var id = griffie(TestAccounts.uniqueEmail("griffie")).account().getId();

        accounts.update(id, "Gerda Griffie", Role.TRAINER, Set.of("UT"));

        assertThat(jdbc.queryForObject("select count(*) from user_account_province where user_account_id = ?", Integer.class, id))
                .isZero();
        assertThat(repository.findById(id)).get().extracting(UserAccount::getRole).isEqualTo(Role.TRAINER);
    }

    @Test
    void an_organiser_cannot_deactivate_its_own_account() {
        var me = signInAsNewOrganiser();

        assertRefused(() -> accounts.deactivate(me.id()), "user.error.cannot-deactivate-self");

        assertThat(repository.findById(me.id())).get().extracting(UserAccount::isActive).isEqualTo(true);
    }

    @Test
    void an_organiser_cannot_take_away_its_own_organiser_role() {
        var me = signInAsNewOrganiser();

        assertRefused(() -> accounts.update(me.id(), "Olga", Role.GRIFFIE, Set.of("UT")), "user.error.cannot-demote-self");

        assertThat(repository.findById(me.id())).get().extracting(UserAccount::getRole).isEqualTo(Role.ORGANISER);
    }

    @Test
    void an_organiser_can_rename_itself() {
        var me = signInAsNewOrganiser();

        accounts.update(me.id(), "Olga de Organisator", Role.ORGANISER, Set.of());

        assertThat(repository.findById(me.id())).get().extracting(UserAccount::getDisplayName).isEqualTo("Olga de Organisator");
    }

    @Test
    void an_organiser_deactivates_and_activates_someone_else() {
        signInAsNewOrganiser();
        var id = griffie(TestAccounts.uniqueEmail("griffie")).account().getId();

        accounts.deactivate(id);
        assertThat(repository.findById(id)).get().extracting(UserAccount::isActive).isEqualTo(false);

        accounts.activate(id);
        assertThat(repository.findById(id)).get().extracting(UserAccount::isActive).isEqualTo(true);
    }

    @Test
    void resetting_a_password_replaces_the_hash() {
        var email = TestAccounts.uniqueEmail("griffie");
        var created = griffie(email);
        var oldHash = storedHash(email);

        var newPassword = accounts.resetPassword(created.account().getId());

        var newHash = storedHash(email);
        assertThat(newPassword).matches(ONE_TIME_PASSWORD).isNotEqualTo(created.initialPassword());
        assertThat(newHash).startsWith("{bcrypt}").isNotEqualTo(oldHash);
        assertThat(passwordEncoder.matches(newPassword, newHash)).isTrue();
        assertThat(passwordEncoder.matches(created.initialPassword(), newHash)).isFalse();
    }

    @Test
    void an_account_that_does_not_exist_is_reported_as_such() {
        assertRefused(() -> accounts.deactivate(Long.MAX_VALUE), "user.error.not-found");
    }

    @Test
    void the_list_holds_the_accounts_created() {
        var email = TestAccounts.uniqueEmail("griffie");
        griffie(email);

        assertThat(accounts.all()).extracting(UserAccount::getEmail).contains(email, TestAccounts.FIRST_ORGANISER);
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"GRIFFIE", "TRAINER"})
    void only_organisers_may_use_the_user_administration(Role role) {
        var someone = griffie(TestAccounts.uniqueEmail("griffie")).account().getId();
        SignInAs.role(role, role == Role.GRIFFIE ? new String[]{"UT"} : new String[0]);

        assertThatThrownBy(() -> accounts.all()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(TestAccounts.uniqueEmail("x"), "X", Role.ORGANISER, Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.update(someone, "X", Role.ORGANISER, Set.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.deactivate(someone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.activate(someone)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.resetPassword(someone)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void nobody_signed_in_may_use_the_user_administration() {
        SignInAs.nobody();

        assertThatThrownBy(() -> accounts.all()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> accounts.create(TestAccounts.uniqueEmail("x"), "X", Role.ORGANISER, Set.of()))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void the_first_organiser_was_created_from_the_configuration() {
        var admin = repository.findByEmail(TestAccounts.FIRST_ORGANISER).orElseThrow();

        assertThat(admin.getRole()).isEqualTo(Role.ORGANISER);
        assertThat(admin.isActive()).isTrue();
        assertThat(passwordEncoder.matches(TestAccounts.FIRST_ORGANISER_PASSWORD, admin.getPasswordHash())).isTrue();
    }

    @Test
    void no_second_first_organiser_is_created_while_an_organiser_is_active() {
        var other = TestAccounts.uniqueEmail("beheerder");

        new FirstOrganiser(accounts, new SecuritySettings(null, null, new SecuritySettings.Admin(other, "Another-admin-password-1"), null)).run(null);

        assertThat(repository.existsByEmail(other)).isFalse();
    }
}
