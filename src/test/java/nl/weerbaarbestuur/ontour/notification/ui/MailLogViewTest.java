package nl.weerbaarbestuur.ontour.notification.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.UUID;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MessageStatus;
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
        var row = grid.getGenericDataView().getItems().filter(m -> m.getSubject().equals(subject)).findFirst().orElseThrow();
        assertThat(row.getStatus().name()).isEqualTo("HELD");
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void the_log_is_searched_by_recipient_or_subject_and_filtered_by_status_and_type() {
        var tag = UUID.randomUUID().toString().substring(0, 8);
        transaction.executeWithoutResult(s -> {
            outbox.enqueue(new OutgoingMessage("log-a:" + tag, "TYPE_A", "nl", "anna." + tag + "@example.nl", "Over A", "Tekst"));
            outbox.enqueue(new OutgoingMessage("log-b:" + tag, "TYPE_B", "nl", "bram@example.nl", "Over B " + tag, "Tekst"));
            outbox.enqueue(new OutgoingMessage("log-c:" + UUID.randomUUID(), "TYPE_B", "nl", "cor@example.nl", "Niet gezocht", "Tekst"));
        });
        UI.getCurrent().navigate("beheer/mail");
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> grid = find(Grid.class).withId("mail-log").single();

        test(find(TextField.class).withId("mail-log-search").single()).setValue(tag.toUpperCase());
        assertThat(grid.getGenericDataView().getItems().map(OutboxMessage::getSubject)).containsExactlyInAnyOrder("Over A", "Over B " + tag);

        @SuppressWarnings("unchecked")
        Select<String> type = find(Select.class).withId("mail-log-type").single();
        type.setValue("TYPE_B");
        assertThat(grid.getGenericDataView().getItems().map(OutboxMessage::getSubject)).containsExactly("Over B " + tag);

        @SuppressWarnings("unchecked")
        Select<MessageStatus> status = find(Select.class).withId("mail-log-status").single();
        status.setValue(MessageStatus.SENT);
        assertThat(grid.getGenericDataView().getItems()).isEmpty();
    }

    @Test
    @WithSignedInUser(Role.ORGANISER)
    void kinds_of_mail_are_named_in_words_and_the_intro_names_no_setting() {
        var subject = "Soort " + UUID.randomUUID();
        transaction.executeWithoutResult(s -> outbox.enqueue(new OutgoingMessage("kind:" + subject, "REGISTRATION_CONFIRM", "nl",
                "lezer@example.nl", subject, "Tekst")));

        UI.getCurrent().navigate("beheer/mail");
        @SuppressWarnings("unchecked")
        Select<String> type = find(Select.class).withId("mail-log-type").single();
        assertThat(type.getItemLabelGenerator().apply("REGISTRATION_CONFIRM")).isEqualTo("Bevestig uw aanmelding");
        assertThat(type.getItemLabelGenerator().apply("ATTENDEE_MESSAGE")).isEqualTo("Bericht van de griffie aan deelnemers");
        @SuppressWarnings("unchecked")
        Grid<OutboxMessage> grid = find(Grid.class).withId("mail-log").single();
        test(find(TextField.class).withId("mail-log-search").single()).setValue(subject);
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("Bevestig uw aanmelding");
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
                .noneMatch(text -> text.contains("SPRING_MAIL_HOST") || text.contains("REGISTRATION_CONFIRM"));
    }

    @Test
    @WithSignedInUser(value = Role.GRIFFIE, provinces = "UT")
    void a_griffie_user_cannot_open_the_mail_log() {
        UI.getCurrent().navigate("beheer/mail");
        assertThat(find(Grid.class).withId("mail-log").exists()).isFalse();
        assertThat(find(H2.class).withId("error-title").single().getText()).isIn("Geen toegang", "Pagina niet gevonden");
    }
}
