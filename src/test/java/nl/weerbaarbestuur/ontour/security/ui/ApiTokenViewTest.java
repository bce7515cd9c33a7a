package nl.weerbaarbestuur.ontour.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.security.ApiToken;
import nl.weerbaarbestuur.ontour.security.ApiTokenService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** An organiser makes a personal API token, sees it once, and revokes it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiTokenViewTest extends SpringBrowserlessTest {

    @Autowired
    UserAccountService accounts;

    @Autowired
    ApiTokenService tokens;

    @BeforeEach
    void signInAsANewOrganiser() {
        signIn(new SignedInUser(0, "setup@test.ontour.nl", "Setup", Role.ORGANISER, Set.of(), "", true));
        var email = "tokens-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ontour.nl";
        var account = accounts.create(email, "Token-organisator", Role.ORGANISER, Set.of()).account();
        signIn(new SignedInUser(account.getId(), email, "Token-organisator", Role.ORGANISER, Set.of(), "", true));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_new_token_is_shown_once_and_listed_without_its_value() {
        navigate(ApiTokenView.class);
        test(find(TextField.class).withId("api-token-name").single()).setValue("Planningsscript");

        test(find(Button.class).withId("create-api-token").single()).click();

        var shown = find(Span.class).withId("new-api-token").single().getText();
        assertThat(shown).startsWith("ot_").hasSizeGreaterThan(40);
        assertThat(tokens.mine()).singleElement().satisfies(token -> {
            assertThat(token.getName()).isEqualTo("Planningsscript");
            assertThat(token.isRevoked()).isFalse();
        });
        @SuppressWarnings("unchecked")
        Grid<ApiToken> grid = find(Grid.class).withId("api-tokens").single();
        assertThat(test(grid).size()).isEqualTo(1);
    }

    @Test
    void a_token_without_a_name_is_refused_with_a_dutch_message() {
        navigate(ApiTokenView.class);

        test(find(Button.class).withId("create-api-token").single()).click();

        var name = find(TextField.class).withId("api-token-name").single();
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Dit veld is verplicht.");
        assertThat(tokens.mine()).isEmpty();
    }

    @Test
    void an_organiser_revokes_a_token() {
        var created = tokens.create("Oude koppeling");
        navigate(ApiTokenView.class);

        @SuppressWarnings("unchecked")
        Grid<ApiToken> grid = find(Grid.class).withId("api-tokens").single();
        var revoke = (Button) test(grid).getCellComponent(0, "revoke");
        assertThat(revoke.getId()).hasValue("revoke-api-token-" + created.token().getId());

        test(revoke).click();

        assertThat(tokens.mine()).singleElement().satisfies(token -> assertThat(token.isRevoked()).isTrue());
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Ingetrokken");
    }

    private static void signIn(SignedInUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
