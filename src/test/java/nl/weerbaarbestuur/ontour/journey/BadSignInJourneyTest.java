package nl.weerbaarbestuur.ontour.journey;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.UserAccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

@BrowserJourney
class BadSignInJourneyTest {

    /** What a Java stack trace looks like in text: an exception name or an "at package.Class(" frame. */
    private static final Pattern STACK_TRACE = Pattern.compile(
            "\\b[\\w.$]+(Exception|Error)\\b|\\bat [a-z][\\w$]*(\\.[\\w$<>]+)+\\(");

    @Autowired
    UserAccountService accounts;

    @Autowired
    UserDetailsService userDetails;

    @Test
    void a_wrong_password_gives_a_plain_dutch_message_in_the_login_form_and_no_stack_trace(Page page) {
        Steps.open(page, "/login", "vaadin-login-form input[name=username]");
        Steps.signIn(page, OrganiserSignInJourneyTest.ORGANISER, "Not-the-right-password-1");

        page.waitForURL("**/login?error");
        Steps.waitForVaadin(page);
        var error = page.locator("vaadin-login-form vaadin-login-form-wrapper [part='error-message']");
        assertThat(error).isVisible();
        assertThat(error).containsText("Het e-mailadres of het wachtwoord klopt niet");
        assertThat(page.locator("#sign-out")).hasCount(0);

        var text = Steps.allText(page);
        assertFalse(STACK_TRACE.matcher(text).find(), () -> "The page shows a stack trace: " + text);
        Steps.screenshot(page, "bad-sign-in");
    }

    @Test
    void a_griffie_user_who_opens_the_user_administration_sees_no_users(Page page) {
        var email = "griffie-" + UUID.randomUUID().toString().substring(0, 8) + "@test.ontour.nl";
        var password = createGriffieAsOrganiser(email);

        Steps.open(page, "/login", "vaadin-login-form input[name=username]");
        Steps.signIn(page, email, password);
        page.waitForURL("**/griffie"); // a griffie lands on its attendee lists (RoleLanding)
        page.waitForSelector("#main-nav");
        Steps.waitForVaadin(page);
        assertThat(page.locator("#main-nav")).containsText("Overzicht");
        assertThat(page.locator("#main-nav")).not().containsText("Gebruikers");

        Steps.open(page, "/beheer/gebruikers", "#error-title");
        var refusal = Pattern.compile("Geen toegang|Pagina niet gevonden");
        assertThat(page.locator("#error-title")).hasText(refusal);
        assertThat(page.locator(".ot-view-title")).hasText(refusal);
        assertThat(page).hasTitle(refusal);
        assertThat(page.locator("#users")).hasCount(0);
        assertThat(page.locator("#new-user")).hasCount(0);
        var text = Steps.allText(page);
        assertFalse(text.contains("admin@test.ontour.nl"), () -> "The page shows another account: " + text);
        assertFalse(STACK_TRACE.matcher(text).find(), () -> "The page shows a stack trace: " + text);
        assertTrue(page.locator("#sign-out").isVisible(), "the griffie user is still signed in");
        Steps.screenshot(page, "griffie-user-administration");
    }

    /**
     * Creates the account the way an organiser does, through the service that checks the role:
     * the first organiser of the test configuration acts, as the signed-in principal.
     */
    private String createGriffieAsOrganiser(String email) {
        var organiser = userDetails.loadUserByUsername(OrganiserSignInJourneyTest.ORGANISER);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(organiser, null, organiser.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return accounts.create(email, "Griffie Utrecht", Role.GRIFFIE, Set.of("UT")).initialPassword();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
