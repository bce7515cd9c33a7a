package nl.weerbaarbestuur.ontour.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A staff member's remembered choices live in the database, per account: another account never sees them. */
@SpringBootTest
class AccountPreferencesIntegrationTest {

    @Autowired
    AccountPreferences preferences;
    @Autowired
    UserAccountService accounts;

    @AfterEach
    void signOut() {
        SignInAs.nobody();
    }

    private SignedInUser account(String name) {
        SignInAs.role(Role.ORGANISER);
        var email = TestAccounts.uniqueEmail(name);
        var created = accounts.create(email, name, Role.GRIFFIE, Set.of("UT")).account();
        SignInAs.nobody();
        return new SignedInUser(created.getId(), email, name, Role.GRIFFIE, Set.of("UT"), "", true);
    }

    @Test
    void a_choice_is_stored_per_account_changed_in_place_and_read_back() {
        var kim = account("Kim");
        var lot = account("Lot");

        SignInAs.user(kim);
        assertThat(preferences.get("attendee-list.columns")).isEmpty();
        preferences.set("attendee-list.columns", "name,status");
        preferences.set("attendee-list.columns", "name,email,status");
        assertThat(preferences.get("attendee-list.columns")).contains("name,email,status");

        SignInAs.user(lot);
        assertThat(preferences.get("attendee-list.columns")).as("another account").isEmpty();

        SignInAs.user(kim);
        assertThat(preferences.get("attendee-list.columns")).contains("name,email,status");
    }

    @Test
    void a_signed_in_identity_without_an_account_stores_nothing() {
        SignInAs.user(SignInAs.withoutAccount(Role.ORGANISER));
        preferences.set("attendee-list.columns", "name");
        assertThat(preferences.get("attendee-list.columns")).isEmpty();
    }
}
