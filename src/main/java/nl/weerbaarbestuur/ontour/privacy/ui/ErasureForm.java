package nl.weerbaarbestuur.ontour.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import nl.weerbaarbestuur.ontour.privacy.ErasureService;
import nl.weerbaarbestuur.ontour.privacy.ErasureService.Receipt;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;

/**
 * Erasure of an address on request: enter it, see what would be removed, confirm, and get a
 * receipt to download or print. The receipt names the sessions and counts, nobody else.
 */
class ErasureForm extends Div {

    private final ErasureService erasure;
    private final EmailField email = new EmailField();
    private final Div result = new Div();
    private Runnable onReceipt = () -> { };

    ErasureForm(ErasureService erasure) {
        this.erasure = erasure;
        email.setId("erasure-email");
        email.setLabel(getTranslation("privacy.erasure.email"));
        email.setMaxLength(254);
        email.setWidth("24em");
        email.setMaxWidth("100%");
        var preview = new Button(getTranslation("privacy.erasure.preview"), e -> preview());
        preview.setId("erasure-preview");
        var row = new HorizontalLayout(email, preview);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        row.setWidthFull();
        result.setId("erasure-result");
        add(row, result);
    }

    void addReceiptListener(Runnable listener) {
        this.onReceipt = listener;
    }

    private void preview() {
        result.removeAll();
        email.setInvalid(false);
        Receipt preview;
        try {
            preview = erasure.preview(email.getValue());
        } catch (InvalidInputException e) {
            email.setErrorMessage(getTranslation(e.errors().getFirst().messageKey()));
            email.setInvalid(true);
            return;
        }
        if (preview.isEmpty()) {
            result.add(new Paragraph(getTranslation("privacy.erasure.nothing")));
            return;
        }
        var address = email.getValue();
        var confirm = new Button(getTranslation("privacy.erasure.confirm"), e -> erase(address));
        confirm.setId("erasure-confirm");
        confirm.setDisableOnClick(true);
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        result.add(new Paragraph(getTranslation("privacy.erasure.would")), summary(preview), confirm);
    }

    private void erase(String address) {
        var receipt = erasure.eraseAddress(address);
        result.removeAll();
        email.clear();
        var text = receiptText(receipt);
        var bytes = text.getBytes(StandardCharsets.UTF_8);
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), "verwijderbewijs.txt", "text/plain; charset=UTF-8", bytes.length)),
                getTranslation("privacy.erasure.download"));
        download.setId("erasure-download");
        var print = new Button(getTranslation("privacy.erasure.print"), e -> getUI().ifPresent(ui -> ui.getPage().executeJs("window.print()")));
        var receiptBox = new Div(new Paragraph(getTranslation("privacy.erasure.done",
                DutchTime.dateTime(receipt.at(), getLocale()))), summary(receipt), new HorizontalLayout(download, print));
        receiptBox.setId("erasure-receipt");
        result.add(receiptBox);
        onReceipt.run();
    }

    private UnorderedList summary(Receipt receipt) {
        var list = new UnorderedList(
                new ListItem(getTranslation("privacy.erasure.count.registrations", receipt.registrations())),
                new ListItem(getTranslation("privacy.erasure.count.cancelled", receipt.cancelled())),
                new ListItem(getTranslation("privacy.erasure.count.mails", receipt.mails())),
                new ListItem(getTranslation("privacy.erasure.count.invites", receipt.invites())));
        for (var session : receipt.sessions()) {
            list.add(new ListItem(getTranslation("privacy.erasure.session", session.title(),
                    DutchTime.dateTime(session.startsAt(), getLocale()))));
        }
        return list;
    }

    private String receiptText(Receipt receipt) {
        var text = new StringBuilder(getTranslation("privacy.erasure.receipt.title")).append("\n\n")
                .append(getTranslation("privacy.erasure.done", DutchTime.dateTime(receipt.at(), getLocale()))).append("\n")
                .append("- ").append(getTranslation("privacy.erasure.count.registrations", receipt.registrations())).append("\n")
                .append("- ").append(getTranslation("privacy.erasure.count.cancelled", receipt.cancelled())).append("\n")
                .append("- ").append(getTranslation("privacy.erasure.count.mails", receipt.mails())).append("\n")
                .append("- ").append(getTranslation("privacy.erasure.count.invites", receipt.invites())).append("\n");
        for (var session : receipt.sessions()) {
            text.append("- ").append(getTranslation("privacy.erasure.session", session.title(),
                    DutchTime.dateTime(session.startsAt(), getLocale()))).append("\n");
        }
        return text.toString();
    }
}
