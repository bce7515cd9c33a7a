package nl.weerbaarbestuur.ontour.notification.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MessageStatus;
import nl.weerbaarbestuur.ontour.notification.OutboxMessage;
import nl.weerbaarbestuur.ontour.notification.PersonalLinks;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/**
 * What the platform sent, is sending or keeps (without an SMTP server every message is kept
 * here, so a newcomer sees what would go out). For organisers only; even so, personal links are
 * shown masked ({@code /mijn/•••}): reading the log must not let anyone act as a participant.
 * Resending sends the real message.
 */
@Route("beheer/mail")
@Menu(order = 85, title = "nav.mail", icon = "vaadin:envelope")
@RolesAllowed(Role.Names.ORGANISER)
class MailLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MailOutbox outbox;
    private final Grid<OutboxMessage> grid = new Grid<>();
    private final Select<MessageStatus> status = new Select<>();
    private final Select<String> type = new Select<>();
    private final TextField search = new TextField();
    private final Paragraph failed = new Paragraph();

    MailLogView(MailOutbox outbox) {
        this.outbox = outbox;
        addClassName("ot-page");
        status.setId("mail-log-status");
        status.setLabel(getTranslation("mail.log.status"));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("mail.log.all"));
        status.setItems(MessageStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("mail.log.all") : getTranslation("mail.status." + s.name()));
        type.setId("mail-log-type");
        type.setLabel(getTranslation("mail.log.type"));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("mail.log.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("mail.log.all") : typeLabel(t));
        search.setId("mail-log-search");
        search.setLabel(getTranslation("mail.log.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        status.addValueChangeListener(e -> refresh());
        type.addValueChangeListener(e -> refresh());
        search.addValueChangeListener(e -> refresh());
        failed.setId("mail-log-failed");
        failed.addClassName("ot-warning");
        grid.setId("mail-log");
        var created = grid.addColumn(m -> DutchTime.dateTime(m.getCreatedAt(), getLocale())).setHeader(getTranslation("mail.log.created"))
                .setWidth("9.5rem").setFlexGrow(0);
        // Addresses and subjects wrap instead of being cut off; kind and status take the width they need.
        var recipient = grid.addColumn(OutboxMessage::getRecipient).setHeader(getTranslation("mail.log.recipient")).setWidth("9rem")
                .setFlexGrow(1);
        var subject = grid.addColumn(OutboxMessage::getSubject).setHeader(getTranslation("mail.log.subject")).setWidth("10rem")
                .setFlexGrow(2);
        var kind = grid.addColumn(m -> typeLabel(m.getType())).setHeader(getTranslation("mail.log.type")).setWidth("9rem")
                .setFlexGrow(1);
        var state = grid.addColumn(m -> getTranslation("mail.status." + m.getStatus().name())).setHeader(getTranslation("mail.log.status"))
                .setWidth("7rem").setFlexGrow(0);
        var attempts = grid.addColumn(OutboxMessage::getAttempts).setHeader(getTranslation("mail.log.attempts")).setAutoWidth(true)
                .setFlexGrow(0);
        var error = grid.addColumn(m -> m.getLastError() == null ? "" : m.getLastError()).setHeader(getTranslation("mail.log.error"))
                .setWidth("10rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // As many columns as fit the grid, most important first: on a phone (390 px) the hidden kind and
        // error columns were not enough, and the grid scrolled sideways; a click on a row shows it all.
        FittedColumns.fit(grid, List.of(subject, created, state, recipient, kind, error, attempts));
        grid.addItemClickListener(e -> show(e.getItem()));
        var filters = new HorizontalLayout(search, status, type);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        search.setWidth("min(100%, 20em)");
        type.setWidth("min(100%, 20em)");
        add(new Paragraph(getTranslation("mail.log.intro")), failed, filters, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        type.setItems(outbox.types());
        refresh();
    }

    private void refresh() {
        var filter = new MailOutbox.LogFilter(status.getValue(), type.getValue(), search.getValue());
        grid.setItems(query -> outbox.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, outbox.count(filter)));
        var failures = outbox.failedCount();
        failed.setText(failures == 0 ? "" : getTranslation("mail.log.failed-count", failures));
        failed.setVisible(failures > 0);
    }

    private void show(OutboxMessage message) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(message.getSubject());
        var text = message.isPurged()
                ? new Paragraph(getTranslation("mail.log.purged", DutchTime.dateTime(message.getPurgedAt(), getLocale())))
                : new Pre(PersonalLinks.mask(message.getText()));
        text.setId("mail-text");
        text.addClassName("ot-mail-text");
        var facts = new Paragraph(getTranslation("mail.log.facts", typeLabel(message.getType()), getTranslation("mail.status." + message.getStatus().name()),
                message.getAttempts(), message.getSentAt() == null ? "–" : DutchTime.dateTime(message.getSentAt(), getLocale())));
        dialog.add(new Paragraph(getTranslation("mail.log.to", message.getRecipient())), facts, text);
        if (message.getLastError() != null) {
            dialog.add(new Paragraph(getTranslation("mail.log.last-error", message.getLastError())));
        }
        if (message.getHtml() != null) {
            // The HTML as the recipient sees it, in a sandbox: no scripts, no forms, no navigation.
            var html = new IFrame();
            html.setId("mail-html");
            html.setSrcdoc(PersonalLinks.mask(message.getHtml()));
            html.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
            html.setTitle(getTranslation("mail.log.html"));
            html.addClassName("ot-mail-html");
            dialog.add(new H4(getTranslation("mail.log.html")), html);
        }
        if (message.getCalendarIcs() != null) {
            var masked = PersonalLinks.maskCalendar(message.getCalendarIcs());
            var ics = masked.getBytes(StandardCharsets.UTF_8);
            var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                    new ByteArrayInputStream(ics), "invite.ics", "text/calendar; charset=UTF-8", ics.length)),
                    getTranslation("mail.log.ics", message.getCalendarMethod()));
            download.setId("mail-ics");
            var icsText = new Pre(masked);
            icsText.setId("mail-ics-text");
            icsText.addClassName("ot-mail-text");
            dialog.add(new H4(getTranslation("mail.log.calendar")), download, icsText);
        }
        if (message.getStatus() == MessageStatus.FAILED || message.getStatus() == MessageStatus.HELD) {
            var resend = new Button(getTranslation("mail.log.resend"), e -> {
                try {
                    outbox.resend(message.getId());
                } catch (nl.weerbaarbestuur.ontour.shared.BusinessRuleException ex) {
                    com.vaadin.flow.component.notification.Notification.show(getTranslation(ex.messageKey()), 6000,
                            com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
                    return;
                }
                dialog.close();
                refresh();
            });
            resend.setId("mail-resend");
            dialog.getFooter().add(resend);
        }
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
    }

    /** Staff read "Bevestig uw aanmelding", not REGISTRATION_CONFIRM; an unknown kind shows as it is stored. */
    private String typeLabel(String type) {
        var key = "mail.type." + type;
        var label = getTranslation(key);
        return label == null || label.isBlank() || label.contains(key) ? type : label;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("mail.log.title");
    }
}
