package nl.weerbaarbestuur.ontour.privacy.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Optional;
import java.util.function.Supplier;
import nl.weerbaarbestuur.ontour.privacy.Inzage;

/**
 * The JSON download of an inzage. The file is built when it is asked for, through the link's
 * token again, so a link revoked or expired in the meantime gives a 404 rather than the data.
 */
final class InzageDownload {

    private InzageDownload() {
    }

    static Anchor anchor(Inzage inzage, String token, String text) {
        return anchor(() -> inzage.json(token), text);
    }

    static Anchor anchor(Supplier<Optional<byte[]>> json, String text) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> json.get()
                .map(bytes -> new DownloadResponse(new ByteArrayInputStream(bytes), "mijn-gegevens.json",
                        "application/json;charset=UTF-8", bytes.length))
                .orElseGet(() -> DownloadResponse.error(404))), text);
        anchor.setId("inzage-json");
        return anchor;
    }
}
