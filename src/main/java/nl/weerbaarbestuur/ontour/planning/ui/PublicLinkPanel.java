package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.function.LongFunction;

/**
 * A published session's public page: the link to copy and a QR code to put on a slide or a poster
 * (shown, and downloadable as a PNG). Closed sessions have their invitation link instead.
 */
class PublicLinkPanel extends Div {

    static final int QR_SIZE = 480;

    private final LongFunction<String> links;
    private final TextField link = new TextField();
    private final Div qr = new Div();

    PublicLinkPanel(LongFunction<String> links) {
        this.links = links;
        setId("public-link-panel");
        addClassName("ot-public-link");
        link.setId("public-link");
        link.setLabel(getTranslation("editor.public-link.label"));
        link.setReadOnly(true);
        link.setWidth("min(100%, 32em)");
        var copy = new Button(getTranslation("editor.public-link.copy"),
                e -> e.getSource().getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", link.getValue()));
        copy.setId("public-link-copy");
        var row = new HorizontalLayout(link, copy);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        qr.addClassName("ot-qr");
        add(new H3(getTranslation("editor.public-link.title")), new Paragraph(getTranslation("editor.public-link.explain")),
                row, qr);
        setVisible(false);
    }

    void show(long sessionId, boolean shown) {
        setVisible(shown);
        qr.removeAll();
        if (!shown) {
            return;
        }
        var address = links.apply(sessionId);
        link.setValue(address);
        var png = QrCode.png(address, QR_SIZE);
        var fileName = "qr-sessie-" + sessionId + ".png";
        var image = new Image(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(png),
                fileName, "image/png", png.length)), getTranslation("editor.public-link.qr-alt", address));
        image.setId("public-link-qr");
        image.setWidth("12rem");
        image.setHeight("12rem");
        var download = new Anchor(DownloadHandler.fromInputStream(e -> new DownloadResponse(new ByteArrayInputStream(png),
                fileName, "image/png", png.length)), getTranslation("editor.public-link.qr-download"));
        download.setId("public-link-qr-download");
        download.getElement().setAttribute("download", fileName);
        qr.add(image, download);
    }
}
