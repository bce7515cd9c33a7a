package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.griffie.AttendeeExports;
import nl.weerbaarbestuur.ontour.griffie.ExportFormat;

/**
 * The download links of an attendee list. Each click builds the file anew through the service,
 * which scopes it to the user and logs it; nothing is built before someone asks for it.
 */
class ExportLinks extends HorizontalLayout {

    ExportLinks(AttendeeExports exports, long sessionId, Locale locale) {
        setId("export-links");
        addClassName("ot-toolbar");
        for (var format : ExportFormat.values()) {
            var link = new Anchor(DownloadHandler.fromInputStream(event -> {
                var file = exports.export(sessionId, format, locale);
                return new DownloadResponse(new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(),
                        file.content().length);
            }), getTranslation("griffie.export." + format.name()));
            link.setId("export-" + format.extension());
            add(link);
        }
    }
}
