package nl.weerbaarbestuur.ontour.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;
import nl.weerbaarbestuur.ontour.security.LoginThrottledException;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;
import tools.jackson.databind.JsonNode;

/**
 * After a failed sign-in Spring Security redirects to {@code /login?error} and keeps the reason in
 * the HTTP session; the form then shows the Dutch message for that reason and nothing more.
 */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class LoginViewTest extends SpringBrowserlessTest {

    private static final String DETAIL = "internal detail that must stay on the server";

    private LoginForm form() {
        return find(LoginForm.class).single();
    }

    private static JsonNode i18n(LoginForm form) {
        return (JsonNode) form.getElement().getPropertyRaw("i18n");
    }

    private static void failedBefore(Exception reason) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, reason);
    }

    private JsonNode errorAfterFailure() {
        // As Spring Security's redirect to /login?error after a failed attempt.
        UI.getCurrent().navigate(LoginView.class, QueryParameters.of("error", ""));
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        var form = form();
        assertThat(form.isError()).isTrue();
        var i18n = i18n(form);
        assertThat(i18n.toString()).doesNotContain(DETAIL).doesNotContain("Exception").doesNotContain("\tat ");
        return i18n.get("errorMessage");
    }

    @Test
    void the_sign_in_form_speaks_dutch() {
        navigate(LoginView.class);

        var form = form();
        var texts = i18n(form).get("form");
        assertThat(texts.get("title").asString()).isEqualTo("Inloggen");
        assertThat(texts.get("username").asString()).isEqualTo("E-mailadres");
        assertThat(texts.get("password").asString()).isEqualTo("Wachtwoord");
        assertThat(texts.get("submit").asString()).isEqualTo("Inloggen");
        assertThat(form.isError()).isFalse();
        assertThat(form.isForgotPasswordButtonVisible()).as("wachtwoord vergeten").isTrue();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("Voor organisatoren, griffies en trainers van Weerbaar Bestuur On Tour.");
    }

    @Test
    void a_wrong_password_or_unknown_address_shows_one_dutch_message() {
        failedBefore(new BadCredentialsException(DETAIL));

        var error = errorAfterFailure();

        assertThat(error.get("title").asString()).isEqualTo("Inloggen is niet gelukt");
        assertThat(error.get("message").asString()).startsWith("Het e-mailadres of het wachtwoord klopt niet.");
    }

    @Test
    void a_deactivated_account_is_told_so_in_dutch() {
        failedBefore(new DisabledException(DETAIL));

        var error = errorAfterFailure();

        assertThat(error.get("title").asString()).isEqualTo("Account gedeactiveerd");
        assertThat(error.get("message").asString()).startsWith("Dit account is gedeactiveerd.");
    }

    @Test
    void too_many_attempts_are_told_so_in_dutch() {
        failedBefore(new LoginThrottledException(DETAIL));

        var error = errorAfterFailure();

        assertThat(error.get("title").asString()).isEqualTo("Te veel pogingen");
        assertThat(error.get("message").asString()).startsWith("Het e-mailadres of het wachtwoord klopt niet")
                .contains("Probeer het over een minuut opnieuw");
    }

    @Test
    void forgot_password_leads_to_the_reset_page() {
        navigate(LoginView.class);

        com.vaadin.flow.component.ComponentUtil.fireEvent(form(),
                new com.vaadin.flow.component.login.AbstractLogin.ForgotPasswordEvent(form(), true));

        assertThat(getCurrentView().getClass().getSimpleName()).isEqualTo("ForgotPasswordView");
    }

    @Test
    void an_error_without_a_kept_reason_shows_the_general_message() {
        var error = errorAfterFailure();

        assertThat(error.get("title").asString()).isEqualTo("Inloggen is niet gelukt");
    }

    @Test
    void a_kept_reason_is_not_shown_without_the_error_parameter() {
        failedBefore(new DisabledException(DETAIL));

        navigate(LoginView.class);

        assertThat(form().isError()).isFalse();
    }

    @Test
    @WithSignedInUser(Role.GRIFFIE)
    void someone_already_signed_in_goes_on_to_the_overview() {
        UI.getCurrent().navigate("login");

        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath()).isEqualTo("overzicht");
    }
}
