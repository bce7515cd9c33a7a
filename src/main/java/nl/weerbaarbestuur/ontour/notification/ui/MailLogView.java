package nl.weerbaarbestuur.ontour.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MessageStatus;
import nl.weerbaarbestuur.ontour.notification.OutboxMessage;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * What the platform sent, is sending or keeps (without an SMTP server every message is kept
 * here, so a newcomer sees what would go out). For organisers only: messages hold personal links.
 */
@Route("beheer/mail")
@Menu(order = 85, title = "nav.mail", icon = "vaadin:envelope")
@RolesAllowed(Role.Names.ORGANISER)
class MailLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MailOutbox outbox;
    private final Grid<OutboxMessage> grid = new Grid<>();

    MailLogView(MailOutbox outbox) {
        this.outbox = outbox;
        addClassName("ot-page");
        grid.setId("mail-log");
        grid.addColumn(m -> DutchTime.dateTime(m.getCreatedAt(), getLocale())).setHeader(getTranslation("mail.log.created")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getRecipient).setHeader(getTranslation("mail.log.recipient")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getSubject).setHeader(getTranslation("mail.log.subject")).setFlexGrow(1);
        grid.addColumn(m -> getTranslation("mail.status." + m.getStatus().name())).setHeader(getTranslation("mail.log.status")).setAutoWidth(true);
        grid.addColumn(OutboxMessage::getAttempts).setHeader(getTranslation("mail.log.attempts")).setAutoWidth(true);
        grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader(getTranslation("mail.log.error"));
        grid.addItemClickListener(e -> show(e.getItem()));
        add(new Paragraph(getTranslation("mail.log.intro")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(outbox.latest());
    }

    private void show(OutboxMessage message) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(message.getSubject());
        var text = new Pre(message.getText());
        text.addClassName("ot-mail-text");
        dialog.add(new Paragraph(getTranslation("mail.log.to", message.getRecipient())), text);
        if (message.getStatus() == MessageStatus.FAILED || message.getStatus() == MessageStatus.HELD) {
            var resend = new Button(getTranslation("mail.log.resend"), e -> {
                outbox.resend(message.getId());
                dialog.close();
                grid.setItems(outbox.latest());
            });
            resend.setId("mail-resend");
            dialog.getFooter().add(resend);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.log.title");
    }
}
