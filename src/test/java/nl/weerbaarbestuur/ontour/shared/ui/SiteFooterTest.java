package nl.weerbaarbestuur.ontour.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/** Below every page: privacy, accessibility, contact; the sign-in link only there, and only for visitors. */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class SiteFooterTest extends SpringBrowserlessTest {

    @Test
    void a_visitor_finds_privacy_accessibility_contact_and_sign_in_in_the_footer_of_a_public_page() {
        UI.getCurrent().navigate("sessies");

        var footer = find(Footer.class).withId("site-footer").single();
        assertThat(footer.getElement().getAttribute("aria-label")).isEqualTo("Voettekst");
        assertThat(find(Anchor.class).withId("footer-privacy").single().getHref()).isEqualTo("privacy");
        assertThat(find(Anchor.class).withId("footer-accessibility").single().getHref()).isEqualTo("toegankelijkheid");
        var contact = find(Anchor.class).withId("footer-contact").single();
        assertThat(contact.getHref()).startsWith("mailto:").contains("@");
        var signIn = find(Anchor.class).withId("sign-in").single();
        assertThat(signIn.getHref()).isEqualTo("login");
        assertThat(signIn.getParent().flatMap(item -> item.getParent())).get().isInstanceOf(UnorderedList.class);
        assertThat(footer.getElement().getTextRecursively()).contains("Inloggen");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void a_signed_in_user_sees_the_footer_without_the_sign_in_link() {
        UI.getCurrent().navigate("toegankelijkheid");

        assertThat(find(Footer.class).withId("site-footer").exists()).isTrue();
        assertThat(find(Anchor.class).withId("sign-in").exists()).isFalse();
    }

    @Test
    void the_accessibility_statement_says_what_was_tested_what_is_known_and_whom_to_tell() {
        UI.getCurrent().navigate("toegankelijkheid");

        assertThat(getCurrentView()).isInstanceOf(AccessibilityStatementView.class);
        assertThat(find(H2.class).first().getText()).isEqualTo("Toegankelijkheidsverklaring");
        var text = find(com.vaadin.flow.component.html.Div.class).withId("accessibility-statement").single()
                .getElement().getTextRecursively();
        assertThat(text).contains("WCAG 2.1").contains("axe-core").contains("toetsenbord").contains("390")
                .contains("onafhankelijke").doesNotContain("!a11y");
        assertThat(find(Paragraph.class).withId("a11y-contact").single().getElement().getTextRecursively()).contains("@");
        assertThat(find(Anchor.class).withId("footer-accessibility").single().getHref()).isEqualTo("toegankelijkheid");
    }
}
