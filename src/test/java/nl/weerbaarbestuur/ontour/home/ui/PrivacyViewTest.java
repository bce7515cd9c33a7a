package nl.weerbaarbestuur.ontour.home.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The privacy statement follows the settings: retention periods changed in the test context (not
 * the defaults 90/1/7/7/30/365, and 90 for the log of calendar replies) and a configured privacy
 * officer appear on the page.
 */
@SpringBootTest(properties = {"ontour.privacy.retention.default-days=123", "ontour.privacy.retention.needs-days=2",
        "ontour.privacy.retention.unconfirmed-days=5", "ontour.privacy.retention.sent-mail-body-days=4",
        "ontour.privacy.retention.failed-mail-days=21", "ontour.privacy.retention.log-days=400",
        "ontour.privacy.controller=Provincie Testland", "ontour.privacy.officer-contact=fg@testland.example",
        "ontour.replies.log-retention=P45D"})
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class PrivacyViewTest extends SpringBrowserlessTest {

    @Test
    void the_statement_shows_the_retention_periods_from_the_settings_and_the_configured_contacts() {
        UI.getCurrent().navigate("privacy");

        var retention = find(UnorderedList.class).withId("privacy-retention").single().getElement().getTextRecursively();
        assertThat(retention).contains("123 dagen na afloop van de sessie").contains("tussen 30 en 730 dagen")
                .contains("2 dagen na afloop").contains("niet bevestigt: 5 dagen").contains("4 dagen na verzending")
                .contains("bezorgd konden worden: 21 dagen").contains("exports: 400 dagen")
                .contains("antwoorden op agenda-uitnodigingen").contains("45 dagen na ontvangst")
                .doesNotContain("90 dagen");
        assertThat(find(Paragraph.class).withId("privacy-controller").single().getText()).contains("Provincie Testland");
        assertThat(find(Paragraph.class).withId("privacy-contact").single().getText()).contains("fg@testland.example");
        var page = UI.getCurrent().getCurrentView().getElement().getTextRecursively();
        assertThat(page).contains("artikel 6 lid 1 onder e").contains("Autoriteit Persoonsgegevens")
                .contains("wat u in uw agenda op de uitnodiging antwoordde");
    }
}
