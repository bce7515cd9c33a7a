package nl.weerbaarbestuur.ontour.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutboxMessage;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/** Without an SMTP server (the test default) messages are kept and organisers can read them. */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class MailLogViewTest extends SpringBrowserlessTest {

    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate transaction;

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void an_organiser_reads_a_kept_message_in_the_mail_log() {
        var subject = "Bewaard " + UUID.randomUUID();
        transaction.executeWithoutResult(s -> outbox.enqueue(new OutgoingMessage("log:" + subject, "TEST", "nl",
                "lezer@example.nl", subject, "Tekst")));

        UI.getCurrent().navigate("beheer/mail");
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> grid = find(Grid.class).withId("mail-log").single();
        var row = grid.getListDataView().getItems().filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow();
        assertThat(row.getStatus().name()).isEqualTo("HELD");
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_user_cannot_open_the_mail_log() {
        UI.getCurrent().navigate("beheer/mail");
        assertThat(find(Grid.class).withId("mail-log").exists()).isFalse();
        assertThat(find(H2.class).withId("error-title").single().getText()).isIn("Geen toegang", "Pagina niet gevonden");
    }
}
