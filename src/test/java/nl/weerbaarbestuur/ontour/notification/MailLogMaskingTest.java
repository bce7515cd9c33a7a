package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The mail log shows personal links masked (text, HTML and the calendar part), and resending a
 * failed mail still delivers the real links (GreenMail).
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3963",
        "ontour.mail.dispatch-interval=PT1H", "ontour.mail.dispatch-initial-delay=PT1H"})
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class MailLogMaskingTest extends SpringBrowserlessTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3963, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;
    @Autowired MailDispatcher dispatcher;

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void personal_links_are_masked_in_the_mail_log_and_a_resend_delivers_the_real_ones() throws Exception {
        var confirm = "Conf" + UUID.randomUUID().toString().replace("-", "");
        var manage = "Mine" + UUID.randomUUID().toString().replace("-", "");
        var subject = "Gemaskeerd " + UUID.randomUUID();
        var recipient = "masked-" + confirm.substring(4, 10) + "@example.nl";
        // A long line: folded in the .ics so that the token is split over two lines.
        var ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:mask@ontour\r\n"
                + "DTSTAMP:20270201T090000Z\r\nDTSTART:20270421T170000Z\r\nDTEND:20270421T193000Z\r\nSUMMARY:Test\r\n"
                + "DESCRIPTION:Uw aanmelding beheert u via https://ontour.example.nl/m\r\n ijn/" + manage.substring(0, 10)
                + "\r\n " + manage.substring(10) + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        transaction.executeWithoutResult(s -> outbox.enqueue(new OutgoingMessage("mask:" + subject, "TEST", "nl", recipient,
                subject, "Bevestig: https://ontour.example.nl/bevestigen/" + confirm + "\nBeheer: https://ontour.example.nl/mijn/" + manage)
                .withHtml("<p><a href=\"https://ontour.example.nl/bevestigen/" + confirm + "\">Bevestig</a> "
                        + "<a href=\"https://ontour.example.nl/mijn/" + manage + "\">Beheer</a></p>")
                .withCalendar("REQUEST", ics)));
        jdbc.update("update outbox_message set status = 'FAILED', attempts = 8 where message_key = ?", "mask:" + subject);

        UI.getCurrent().navigate("beheer/mail");
        test(find(TextField.class).withId("mail-log-search").single()).setValue(subject);
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> grid = find(Grid.class).withId("mail-log").single();
        test(grid).clickRow(0);

        var text = find(Pre.class).withId("mail-text").single().getText();
        assertThat(text).contains("https://ontour.example.nl/bevestigen/" + PersonalLinks.MASK)
                .contains("https://ontour.example.nl/mijn/" + PersonalLinks.MASK)
                .doesNotContain(confirm).doesNotContain(manage);
        var html = find(IFrame.class).withId("mail-html").single().getElement().getAttribute("srcdoc");
        assertThat(html).contains("/mijn/" + PersonalLinks.MASK).doesNotContain(confirm).doesNotContain(manage);
        var calendar = find(Pre.class).withId("mail-ics-text").single().getText();
        assertThat(calendar).contains("/mijn/" + PersonalLinks.MASK).doesNotContain(manage.substring(0, 10))
                .doesNotContain(manage.substring(10));

        test(find(Button.class).withId("mail-resend").single()).click();
        dispatcher.dispatchDue("test");

        var delivered = java.util.Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject.equals(uncheckedSubject(m))).toList();
        assertThat(delivered).hasSize(1);
        assertThat(GreenMailUtil.getWholeMessage(delivered.getFirst()).replace("=\r\n", ""))
                .contains("/bevestigen/" + confirm).contains("/mijn/" + manage);
    }

    private static String uncheckedSubject(jakarta.mail.internet.MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_mailed_inzage_link_is_masked_in_the_log_and_the_manage_link_still_is() {
        var token = "Gegevens" + UUID.randomUUID().toString().replace("-", "");
        var text = "Uw gegevens: https://ontour.example.nl/mijn-gegevens/" + token + "\nBeheer: https://ontour.example.nl/mijn/" + token;

        assertThat(PersonalLinks.mask(text)).isEqualTo("Uw gegevens: https://ontour.example.nl/mijn-gegevens/" + PersonalLinks.MASK
                + "\nBeheer: https://ontour.example.nl/mijn/" + PersonalLinks.MASK);
    }
}
