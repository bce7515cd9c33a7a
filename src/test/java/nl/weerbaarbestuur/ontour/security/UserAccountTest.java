package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import org.junit.jupiter.api.Test;

class UserAccountTest {

    private static final Instant CREATED = Instant.parse("2027-01-04T09:00:00Z");

    private static UserAccount account(Role role, Set<String> provinces) {
        return new UserAccount("anna@provincie.nl", "Anna", role, provinces, "{bcrypt}hash", CREATED);
    }

    @Test
    void griffie_user_needs_at_least_one_province() {
        assertThatThrownBy(() -> account(Role.GRIFFIE, Set.of()))
                .isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey())
                .isEqualTo("user.error.griffie-needs-province");
        assertThatThrownBy(() -> account(Role.GRIFFIE, null))
                .isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void griffie_user_keeps_its_provinces() {
        var account = account(Role.GRIFFIE, Set.of("UT", "GE"));

        assertThat(account.getRole()).isEqualTo(Role.GRIFFIE);
        assertThat(account.getProvinceCodes()).containsExactlyInAnyOrder("UT", "GE");
    }

    @Test
    void organiser_and_trainer_never_keep_provinces() {
        assertThat(account(Role.ORGANISER, Set.of("UT")).getProvinceCodes()).isEmpty();
        assertThat(account(Role.TRAINER, Set.of("UT", "GR")).getProvinceCodes()).isEmpty();
    }

    @Test
    void a_griffie_user_that_becomes_trainer_drops_its_provinces() {
        var account = account(Role.GRIFFIE, Set.of("UT"));

        account.assign(Role.TRAINER, Set.of("UT"));

        assertThat(account.getRole()).isEqualTo(Role.TRAINER);
        assertThat(account.getProvinceCodes()).isEmpty();
    }

    @Test
    void a_refused_role_change_leaves_role_and_provinces_as_they_were() {
        var account = account(Role.GRIFFIE, Set.of("UT"));

        assertThatThrownBy(() -> account.assign(Role.GRIFFIE, Set.of())).isInstanceOf(BusinessRuleException.class);

        assertThat(account.getRole()).isEqualTo(Role.GRIFFIE);
        assertThat(account.getProvinceCodes()).containsExactly("UT");
    }

    @Test
    void a_griffie_user_moving_to_other_provinces_covers_only_the_new_ones() {
        var account = account(Role.GRIFFIE, Set.of("UT"));

        account.assign(Role.GRIFFIE, Set.of("ZE", "LI"));

        assertThat(account.getProvinceCodes()).containsExactlyInAnyOrder("ZE", "LI");
    }

    @Test
    void provinces_cannot_be_changed_around_the_aggregate() {
        var account = account(Role.GRIFFIE, Set.of("UT"));

        assertThatThrownBy(() -> account.getProvinceCodes().add("GR")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void a_new_account_is_active_and_has_never_signed_in() {
        var account = account(Role.TRAINER, Set.of());

        assertThat(account.isActive()).isTrue();
        assertThat(account.getLastLoginAt()).isNull();
        assertThat(account.getCreatedAt()).isEqualTo(CREATED);
    }

    @Test
    void an_account_can_be_deactivated_and_activated_again() {
        var account = account(Role.TRAINER, Set.of());

        account.deactivate();
        assertThat(account.isActive()).isFalse();

        account.activate();
        assertThat(account.isActive()).isTrue();
    }

    @Test
    void a_sign_in_is_recorded() {
        var account = account(Role.ORGANISER, Set.of());
        var when = Instant.parse("2027-02-01T08:15:00Z");

        account.recordLogin(when);

        assertThat(account.getLastLoginAt()).isEqualTo(when);
    }
}
