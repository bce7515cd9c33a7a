package nl.weerbaarbestuur.ontour.passwordreset.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import nl.weerbaarbestuur.ontour.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** The page answers the same whether or not the address has an account. */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class ForgotPasswordViewTest extends SpringBrowserlessTest {

    private String answerFor(String address) {
        navigate(ForgotPasswordView.class);
        test(find(EmailField.class).withId("reset-email").single()).setValue(address);
        test(find(Button.class).withId("reset-send").single()).click();
        return find(Paragraph.class).withId("reset-answer").single().getText();
    }

    @Test
    void a_known_and_an_unknown_address_get_the_same_neutral_answer() {
        var known = answerFor(TestAccounts.FIRST_ORGANISER);
        var unknown = answerFor(TestAccounts.uniqueEmail("nobody"));

        assertThat(known).isEqualTo(unknown).startsWith("Als dit adres bij een actief account hoort");
    }

    @Test
    void an_unusable_link_says_so_and_offers_the_way_back() {
        navigate("wachtwoord-herstellen/not-a-token", ResetPasswordView.class);

        assertThat(find(Paragraph.class).withId("reset-result").single().getText()).startsWith("Deze link is niet (meer) geldig");
        assertThat(find(com.vaadin.flow.component.textfield.PasswordField.class).all()).isEmpty();
    }
}
