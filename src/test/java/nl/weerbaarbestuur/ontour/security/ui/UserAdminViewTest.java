package nl.weerbaarbestuur.ontour.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccount;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.context.support.WithUserDetails;

/** The first organiser (a real account) manages users through the screen. */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
@WithUserDetails(TestAccounts.FIRST_ORGANISER)
class UserAdminViewTest extends SpringBrowserlessTest {

    private static final int STATUS = 4;
    private static final int ACTIONS = 6;

    @Autowired
    UserAccountService users;
    @Autowired
    AuthenticationManager authenticationManager;

    @SuppressWarnings("unchecked")
    private Grid<UserAccount> grid() {
        return find(Grid.class).withId("users").single();
    }

    private int rowOf(String email) {
        var grid = test(grid());
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).getEmail().equals(email)) {
                return i;
            }
        }
        throw new AssertionError(email + " is not in the grid");
    }

    private Button actionButton(String email, String id) {
        var cell = test(grid()).getCellComponent(rowOf(email), ACTIONS);
        return find(Button.class, cell).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private void fillInNewUser(String email, String name, String role, String... provinces) {
        test(find(Button.class).withId("new-user").single()).click();
        test(find(EmailField.class).withId("user-email").single()).setValue(email);
        test(find(TextField.class).withId("user-name").single()).setValue(name);
        test(find(Select.class).withId("user-role").single()).selectItem(role);
        if (provinces.length > 0) {
            test(find(MultiSelectComboBox.class).withId("user-provinces").single()).selectItem(provinces);
        }
        test(find(Button.class).withId("user-save").single()).click();
    }

    private String notification() {
        return test(find(Notification.class).last()).getText();
    }

    @Test
    void an_organiser_creates_a_griffie_user_and_sees_its_password_once() {
        navigate(UserAdminView.class);
        var before = test(grid()).size();
        var email = TestAccounts.uniqueEmail("griffie");

        fillInNewUser(email, "Gerda Griffie", "Griffie", "Utrecht");

        var password = find(Span.class).withId("one-time-password").single().getText();
        assertThat(password).matches("[a-km-zA-HJ-NP-Z2-9]{4}(-[a-km-zA-HJ-NP-Z2-9]{4}){3}");
        assertThat(test(grid()).size()).isEqualTo(before + 1);
        var row = test(grid()).getRow(rowOf(email));
        assertThat(row.getRole()).isEqualTo(Role.GRIFFIE);
        assertThat(row.getProvinceCodes()).containsExactly("UT");
        assertThat(test(grid()).getCellText(rowOf(email), 2)).isEqualTo("Griffie");
        var signedIn = authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
        assertThat(signedIn.isAuthenticated()).as("the shown password works").isTrue();
    }

    @Test
    void an_invalid_address_is_refused_in_dutch_and_the_dialog_stays_open() {
        navigate(UserAdminView.class);

        fillInNewUser("geen-adres", "Tess Trainer", "Trainer");

        assertThat(notification()).isEqualTo("Vul een geldig e-mailadres in, bijvoorbeeld naam@provincie.nl.");
        assertThat(find(Button.class).withId("user-save").exists()).isTrue();
        assertThat(find(Span.class).withId("one-time-password").exists()).isFalse();
    }

    @Test
    void a_griffie_user_without_province_is_refused_in_dutch() {
        navigate(UserAdminView.class);

        fillInNewUser(TestAccounts.uniqueEmail("griffie"), "Gerda Griffie", "Griffie");

        assertThat(notification()).isEqualTo("Kies ten minste één provincie voor een griffiegebruiker.");
    }

    @Test
    void a_taken_address_is_refused_in_dutch() {
        navigate(UserAdminView.class);

        fillInNewUser(TestAccounts.FIRST_ORGANISER.toUpperCase(), "Nog een beheerder", "Organisator");

        assertThat(notification()).isEqualTo("Er bestaat al een account met het e-mailadres " + TestAccounts.FIRST_ORGANISER + ".");
    }

    @Test
    void an_organiser_deactivates_a_user_with_the_toggle_and_activates_it_again() {
        var email = TestAccounts.uniqueEmail("trainer");
        var id = users.create(email, "Tess Trainer", Role.TRAINER, Set.of()).account().getId();
        navigate(UserAdminView.class);
        assertThat(actionButton(email, "toggle-" + id).getText()).isEqualTo("Deactiveren");

        test(actionButton(email, "toggle-" + id)).click();

        assertThat(notification()).isEqualTo("Het account is gedeactiveerd.");
        assertThat(users.all()).filteredOn(u -> u.getId() == id).extracting(UserAccount::isActive).containsExactly(false);
        assertThat(((Span) test(grid()).getCellComponent(rowOf(email), STATUS)).getText()).isEqualTo("Gedeactiveerd");
        assertThat(actionButton(email, "toggle-" + id).getText()).isEqualTo("Activeren");

        test(actionButton(email, "toggle-" + id)).click();

        assertThat(users.all()).filteredOn(u -> u.getId() == id).extracting(UserAccount::isActive).containsExactly(true);
    }

    @Test
    void an_organiser_cannot_deactivate_itself_from_the_screen() {
        navigate(UserAdminView.class);
        var me = test(grid()).getRow(rowOf(TestAccounts.FIRST_ORGANISER));

        test(actionButton(TestAccounts.FIRST_ORGANISER, "toggle-" + me.getId())).click();

        assertThat(notification()).isEqualTo("U kunt uw eigen account niet deactiveren.");
        assertThat(((Span) test(grid()).getCellComponent(rowOf(TestAccounts.FIRST_ORGANISER), STATUS)).getText()).isEqualTo("Actief");
    }

    @Test
    void a_password_reset_shows_the_new_password_once() {
        var email = TestAccounts.uniqueEmail("trainer");
        var created = users.create(email, "Tess Trainer", Role.TRAINER, Set.of());
        navigate(UserAdminView.class);

        test(actionButton(email, "reset-" + created.account().getId())).click();

        var shown = find(Span.class).withId("one-time-password").single().getText();
        assertThat(shown).isNotEqualTo(created.initialPassword());
        assertThat(authenticationManager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, shown))
                .isAuthenticated()).isTrue();
    }

    @Test
    void the_columns_have_fixed_widths_and_wrap_so_the_actions_stay_on_screen() {
        navigate(UserAdminView.class);

        assertThat(grid().getThemeNames()).contains("wrap-cell-content");
        // Auto-measured widths beside wrapping cells put the cells out of line with their headers.
        assertThat(grid().getColumns()).allSatisfy(column -> {
            assertThat(column.isAutoWidth()).isFalse();
            assertThat(column.getWidth()).isNotBlank();
        });
        assertThat(grid().getColumns().get(ACTIONS).getFlexGrow()).isZero();
    }
}
