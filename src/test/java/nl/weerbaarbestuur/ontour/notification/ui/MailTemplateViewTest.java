package nl.weerbaarbestuur.ontour.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The template editor: live preview, refusal on the field, save, and back to the default. */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class MailTemplateViewTest extends SpringBrowserlessTest {

    @Autowired MailTemplates templates;

    @AfterEach
    void backToDefault() {
        SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            templates.reset(MailType.WAITLISTED, "nl");
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private void chooseWaitlisted() {
        Select<MailType> type = find(Select.class).withId("template-type").single();
        type.setValue(MailType.WAITLISTED);
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_preview_follows_the_text_and_a_broken_text_is_refused_on_its_field() {
        UI.getCurrent().navigate("beheer/mail/sjablonen");
        chooseWaitlisted();
        var subject = find(TextField.class).withId("template-subject").single();
        var body = find(TextArea.class).withId("template-body").single();
        assertThat(subject.getValue()).isEqualTo("U staat op de wachtlijst: {{sessie}}");

        test(body).setValue("Plaats {{positie}} voor {{naam}}");
        assertThat(find(Pre.class).withId("template-preview-text").single().getText()).isEqualTo("Plaats 3 voor Anna de Vries");
        assertThat(find(H3.class).withId("template-preview-subject").single().getText())
                .isEqualTo("U staat op de wachtlijst: Weerbaar in de Staten");

        test(body).setValue("Beste {{voornaam}}");
        test(find(Button.class).withId("template-save").single()).click();
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).startsWith("'voornaam' is geen bekend veld");
        assertThat(templates.render(MailType.WAITLISTED, "nl", Map.of()).subject()).as("nothing saved")
                .startsWith("U staat op de wachtlijst");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void a_saved_text_is_used_for_new_mails_until_the_default_is_restored() {
        UI.getCurrent().navigate("beheer/mail/sjablonen");
        chooseWaitlisted();
        test(find(TextField.class).withId("template-subject").single()).setValue("Wachtlijst {{sessie}}");
        test(find(Button.class).withId("template-save").single()).click();

        assertThat(templates.render(MailType.WAITLISTED, "nl", Map.of("sessie", "Weerbaar")).subject()).isEqualTo("Wachtlijst Weerbaar");
        assertThat(templates.render(MailType.WAITLISTED, "en", Map.of("sessie", "Weerbaar")).subject()).startsWith("You are on");

        test(find(Button.class).withId("template-reset").single()).click();
        assertThat(find(TextField.class).withId("template-subject").single().getValue()).isEqualTo("U staat op de wachtlijst: {{sessie}}");
        assertThat(templates.render(MailType.WAITLISTED, "nl", Map.of("sessie", "Weerbaar")).subject())
                .isEqualTo("U staat op de wachtlijst: Weerbaar");
    }
}
