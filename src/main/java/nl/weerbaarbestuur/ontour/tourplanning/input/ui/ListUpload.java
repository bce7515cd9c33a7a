package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.upload.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.tourplanning.InputFiles;
import org.jspecify.annotations.Nullable;

/**
 * The upload of one list file (griffie dates, school holidays): the control in the page's language,
 * one file at a time, and at most {@link InputFiles#MAX_BYTES} read of it on the server whatever the
 * browser let through. The page gets the file and decides what it means; it never replaces what was
 * typed before.
 */
final class ListUpload {

    /** What arrived: the file's name, and its content, or null when it was too big or could not be read. */
    record Received(String fileName, byte @Nullable [] content, boolean tooBig) {
    }

    private ListUpload() {
    }

    static Upload create(Component page, String id, Consumer<Received> received, String... acceptedTypes) {
        var upload = new Upload();
        upload.setUploadHandler(event -> {
            var name = event.getFileName() == null ? "" : event.getFileName();
            byte[] data;
            boolean tooBig = false;
            try (var in = event.getInputStream()) {
                data = in.readNBytes(InputFiles.MAX_BYTES + 1);
                if (data.length > InputFiles.MAX_BYTES) {
                    tooBig = true;
                    data = null;
                }
            } catch (IOException | UncheckedIOException e) {
                data = null;
            }
            var arrived = new Received(name, data, tooBig);
            upload.getUI().ifPresent(ui -> ui.access(() -> {
                upload.clearFileList();
                received.accept(arrived);
            }));
        });
        upload.setId(id);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.setMaxFileSize(InputFiles.MAX_BYTES);
        upload.setMaxFiles(1);
        upload.setI18n(InputUi.uploadI18n(page));
        return upload;
    }
}
