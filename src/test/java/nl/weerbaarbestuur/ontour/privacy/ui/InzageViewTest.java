package nl.weerbaarbestuur.ontour.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.attendance.AttendanceTestSupport;
import nl.weerbaarbestuur.ontour.privacy.InzageFixture;
import nl.weerbaarbestuur.ontour.shared.DataEncryption;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import org.springframework.jdbc.core.JdbcTemplate;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The readable inzage page and the "my data" section of the manage page, as the participant (no
 * account) sees them: during the session directly; after it only through a mailed link.
 */
@SpringBootTest
@Import(FixedClockConfiguration.class)
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class InzageViewTest extends SpringBrowserlessTest {

    @Autowired ApplicationContext context;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired DataEncryption encryption;

    /** During the session (19:00 to 21:30): the manage link still shows personal data. */
    private static final Instant DURING = AttendanceTestSupport.at(AttendanceTestSupport.SESSION_DAY, 21, 0);
    private static final Instant AFTER = AttendanceTestSupport.at(AttendanceTestSupport.SESSION_DAY, 22, 0);
    private static final Pattern MAILED_LINK = Pattern.compile("/(mijn-gegevens/[A-Za-z0-9_-]{20,})");

    private InzageFixture f;

    @BeforeEach
    void pieterQuintenAndPostma() {
        f = new InzageFixture(context);
        clock.set(DURING);
        SignInAs.nobody();
    }

    /** The route of the newest inzage link mailed to this address ("mijn-gegevens/..."). */
    private String newestMailedLink(String address) {
        var bodies = jdbc.queryForList("select text_body from outbox_message where message_type = 'INZAGE_LINK' "
                + "and recipient = ? order by id desc", String.class, address);
        assertThat(bodies).as("inzage-link mails to " + address).isNotEmpty();
        var matcher = MAILED_LINK.matcher(encryption.decrypt(bodies.getFirst()));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private String maskedPieter() {
        return "p•••@e•••.nl";
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

    @Test
    void after_the_session_the_manage_page_shows_no_data_but_offers_to_mail_a_link() {
        clock.set(AFTER);
        UI.getCurrent().navigate("mijn/" + f.pieterToken);

        var section = find(Div.class).withId("inzage-section").single();
        assertThat(section.getElement().getTextRecursively()).contains("Mijn gegevens", maskedPieter());
        assertThat(page()).doesNotContain(f.pieterName, f.pieterEmail, "Rolstoel");
        assertThat(find(Anchor.class).withId("inzage-json").exists()).isFalse();
        assertThat(find(RouterLink.class).withId("inzage-page").exists()).isFalse();
        var send = find(Button.class).withId("inzage-request").single();
        assertThat(send.getText()).isEqualTo("Stuur mij een link naar mijn gegevens");

        test(send).click();

        assertThat(find(Paragraph.class).withId("inzage-request-outcome").single().getText())
                .contains("gestuurd", maskedPieter(), "24 uur").doesNotContain(f.pieterEmail);
        assertThat(page()).doesNotContain(f.pieterName, f.pieterEmail);

        UI.getCurrent().navigate(newestMailedLink(f.pieterEmail));

        assertThat(getCurrentView()).isInstanceOf(InzageView.class);
        assertThat(find(Paragraph.class).withId("inzage-subject").single().getText()).contains(f.pieterName, f.pieterEmail);
        assertThat(find(UnorderedList.class).withId("inzage-registrations").single().getElement().getTextRecursively())
                .contains("bevestigd", "geannuleerd", "Rolstoel " + f.pieterName);
        assertThat(page()).doesNotContain(f.quintenName, f.quintenEmail, f.postmaName, f.postmaEmail, "GEHEIME-INHOUD");
        assertThat(find(Anchor.class).withId("inzage-json").single().getElement().hasAttribute("download")).isTrue();
        assertThat(find(Anchor.class).withId("inzage-back").exists()).as("no way to a manage page it does not know").isFalse();
    }

    @Test
    void after_the_session_the_data_page_of_the_manage_link_shows_nothing() {
        clock.set(AFTER);
        UI.getCurrent().navigate("mijn/" + f.pieterToken + "/gegevens");

        assertThat(find(Paragraph.class).withId("inzage-unknown").exists()).isTrue();
        assertThat(page()).doesNotContain(f.pieterName, f.pieterEmail);
    }

    @Test
    void the_fourth_request_in_an_hour_is_refused_with_a_dutch_message() {
        clock.set(AFTER);
        UI.getCurrent().navigate("mijn/" + f.pieterToken);
        var send = find(Button.class).withId("inzage-request").single();
        for (int i = 0; i < 3; i++) {
            test(send).click();
            assertThat(find(Paragraph.class).withId("inzage-request-outcome").single().getText()).contains("gestuurd");
        }

        test(send).click();

        assertThat(find(Paragraph.class).withId("inzage-request-outcome").single().getText())
                .startsWith("U hebt in het afgelopen uur al 3 keer een link aangevraagd");
    }

    @Test
    void an_expired_or_unknown_mailed_link_shows_only_the_message() {
        clock.set(AFTER);
        UI.getCurrent().navigate("mijn/" + f.pieterToken);
        test(find(Button.class).withId("inzage-request").single()).click();
        var mailed = newestMailedLink(f.pieterEmail);

        clock.set(AFTER.plus(Duration.ofHours(24)));
        UI.getCurrent().navigate(mailed);
        assertThat(find(Paragraph.class).withId("inzage-unknown").exists()).isTrue();
        assertThat(page()).doesNotContain(f.pieterName, f.pieterEmail);

        UI.getCurrent().navigate("mijn-gegevens/onbekend-token-1234567890abcdef");
        assertThat(find(Paragraph.class).withId("inzage-unknown").exists()).isTrue();
        assertThat(find(Anchor.class).withId("inzage-json").exists()).isFalse();
    }
}
