package nl.weerbaarbestuur.ontour.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.OutboxMessage;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.testsupport.WithSignedInUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** A mail whose body the retention purged: the log says so, keeps the facts, and refuses to send it again. */
@SpringBootTest
@ViewPackages(packages = "nl.weerbaarbestuur.ontour")
class MailLogPurgedTest extends SpringBrowserlessTest {

    @Autowired MailOutbox outbox;
    @Autowired TransactionTemplate transaction;
    @Autowired JdbcTemplate jdbc;

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void a_purged_message_shows_that_its_content_was_removed_and_cannot_be_resent() {
        var subject = "Gewist " + UUID.randomUUID();
        var key = "purged:" + subject;
        transaction.executeWithoutResult(s -> outbox.enqueue(new OutgoingMessage(key, "REMINDER", "nl",
                "wis@example.nl", subject, "Geheime link https://ontour.example.nl/mijn/abc")));
        jdbc.update("update outbox_message set status = 'FAILED', created_at = ? where message_key = ?",
                java.time.LocalDateTime.of(2020, 1, 1, 0, 0), key);
        outbox.purgeFailedBefore(Instant.parse("2020-01-02T00:00:00Z"));

        UI.getCurrent().navigate("beheer/mail");
        test(find(TextField.class).withId("mail-log-search").single()).setValue(subject);
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> grid = find(Grid.class).withId("mail-log").single();
        test(grid).clickRow(0);

        var text = find(Paragraph.class).withId("mail-text").single().getText();
        assertThat(text).startsWith("Inhoud verwijderd op").doesNotContain("Geheime link");
        test(find(Button.class).withId("mail-resend").single()).click();
        assertThat(jdbc.queryForObject("select status from outbox_message where message_key = ?", String.class, key))
                .as("refused: still failed").isEqualTo("FAILED");
    }
}
