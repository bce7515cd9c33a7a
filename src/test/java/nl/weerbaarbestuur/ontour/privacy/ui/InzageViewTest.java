package nl.weerbaarbestuur.ontour.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import nl.weerbaarbestuur.ontour.privacy.InzageFixture;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/** The readable inzage page and the "my data" section of the manage page, as the participant (no account) sees them. */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class InzageViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;

    private InzageFixture f;

    @BeforeEach
    void pieterQuintenAndPostma() {
        f = new InzageFixture(context);
        SignInAs.nobody();
    }

    private String page() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    void the_page_shows_the_persons_data_and_nothing_of_the_others() {
        UI.getCurrent().navigate("mijn/" + f.pieterToken + "/gegevens");

        assertThat(getCurrentView()).isInstanceOf(InzageView.class);
        assertThat(find(Paragraph.class).withId("inzage-subject").single().getText()).contains(f.pieterName, f.pieterEmail);
        assertThat(find(UnorderedList.class).withId("inzage-registrations").single().getElement().getTextRecursively())
                .contains("bevestigd", "geannuleerd", "Rolstoel " + f.pieterName);
        assertThat(find(UnorderedList.class).withId("inzage-mails").single().getElement().getTextRecursively())
                .contains("Bericht aan de deelnemers");
        assertThat(find(UnorderedList.class).withId("inzage-checkins").single().getElement().getTextRecursively())
                .contains("aanwezig");
        assertThat(find(UnorderedList.class).withId("inzage-access").single().getElement().getTextRecursively())
                .contains("Deelnemerslijst geopend", "Organisator", "Griffie (UT)", "alleen uw gegevens", "een lijst van 2 personen");
        assertThat(page()).doesNotContain(f.quintenName, f.quintenEmail, f.postmaName, f.postmaEmail, "GEHEIME-INHOUD",
                f.organiserEmail, "Gerda", "Olga");
        var json = find(Anchor.class).withId("inzage-json").single();
        assertThat(json.getElement().hasAttribute("download")).isTrue();
        assertThat(json.getHref()).isNotBlank();
    }

    @Test
    void an_unknown_link_shows_nothing_but_a_message() {
        UI.getCurrent().navigate("mijn/onbekend-token-1234567890/gegevens");

        assertThat(find(Paragraph.class).withId("inzage-unknown").exists()).isTrue();
        assertThat(find(Anchor.class).withId("inzage-json").exists()).isFalse();
    }

    @Test
    void the_manage_page_offers_the_download_and_the_page() {
        UI.getCurrent().navigate("mijn/" + f.pieterToken);

        var section = find(Div.class).withId("inzage-section").single();
        assertThat(section.getElement().getTextRecursively()).contains("Mijn gegevens");
        assertThat(find(Anchor.class).withId("inzage-json").single().getElement().hasAttribute("download")).isTrue();
        assertThat(find(RouterLink.class).withId("inzage-page").single().getHref())
                .isEqualTo("mijn/" + f.pieterToken + "/gegevens");
    }
}
