package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.registration.BulkList;
import nl.weerbaarbestuur.ontour.registration.BulkRegistration;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Registers a list of people at once: paste lines (or upload a .csv/.txt, which lands in the same
 * text box), check, read the report per line, then save the valid lines. Saving is only possible
 * for exactly the text that was checked; an edit after the check asks for a new check.
 */
class BulkDialog extends Dialog {

    private static final int MAX_UPLOAD = 1024 * 1024;

    private final BulkRegistration bulk;
    private final long sessionId;
    private final Runnable saved;
    private final TextArea text = new TextArea();
    private final Select<Province> province = new Select<>();
    private final Div report = new Div();
    private final Button save = new Button();
    private String checkedText;
    private String checkedProvince;

    BulkDialog(BulkRegistration bulk, long sessionId, List<Province> provinces, String defaultProvince, Runnable saved) {
        this.bulk = bulk;
        this.sessionId = sessionId;
        this.saved = saved;
        setHeaderTitle(getTranslation("griffie.bulk.title"));
        setId("bulk-dialog");
        setWidth("min(52rem, 95vw)");
        province.setId("bulk-province");
        province.setLabel(getTranslation("griffie.column.province"));
        province.setItems(provinces);
        province.setItemLabelGenerator(Province::getName);
        provinces.stream().filter(p -> p.getCode().equals(defaultProvince)).findFirst().ifPresent(province::setValue);
        province.setVisible(provinces.size() > 1);
        province.addValueChangeListener(e -> invalidate());
        text.setId("bulk-text");
        text.setLabel(getTranslation("griffie.bulk.text"));
        text.setHelperText(getTranslation("griffie.bulk.help"));
        text.setWidthFull();
        text.setMinHeight("12rem");
        text.addValueChangeListener(e -> invalidate());

        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            var content = new String(data, StandardCharsets.UTF_8);
            getUI().ifPresent(ui -> ui.access(() -> text.setValue(content)));
        }));
        upload.setId("bulk-upload");
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFileSize(MAX_UPLOAD);
        upload.setMaxFiles(1);
        upload.setI18n(uploadI18n());

        report.setId("bulk-report");
        report.getElement().setAttribute("aria-live", "polite");
        add(province, text, upload, report);

        var check = new Button(getTranslation("griffie.bulk.check"), e -> check());
        check.setId("bulk-check");
        save.setText(getTranslation("griffie.bulk.save"));
        save.setId("bulk-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(false);
        save.addClickListener(e -> save());
        getFooter().add(new Button(getTranslation("griffie.action.cancel"), e -> close()), check, save);
    }

    /** The upload's own texts ("Upload File...", "Drop file here") in the page's language. */
    private UploadI18N uploadI18n() {
        return new UploadI18N()
                .setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("upload.add.one"))
                        .setMany(getTranslation("upload.add.many")))
                .setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("upload.drop.one"))
                        .setMany(getTranslation("upload.drop.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.error.too-many"))
                        .setFileIsTooBig(getTranslation("upload.error.too-big"))
                        .setIncorrectFileType(getTranslation("upload.error.type")))
                .setFile(new UploadI18N.File().setRetry(getTranslation("upload.file.retry"))
                        .setStart(getTranslation("upload.file.start")).setRemove(getTranslation("upload.file.remove")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.status.connecting"))
                                .setStalled(getTranslation("upload.status.stalled"))
                                .setProcessing(getTranslation("upload.status.processing"))
                                .setHeld(getTranslation("upload.status.held")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.error.server"))
                                .setUnexpectedServerError(getTranslation("upload.error.server"))
                                .setForbidden(getTranslation("upload.error.forbidden"))
                                .setFileTooLarge(getTranslation("upload.error.too-big"))));
    }

    private String provinceCode() {
        return province.getValue() == null ? "" : province.getValue().getCode();
    }

    private void invalidate() {
        if (checkedText != null && (!checkedText.equals(text.getValue()) || !checkedProvince.equals(provinceCode()))) {
            save.setEnabled(false);
        }
    }

    private void check() {
        report.removeAll();
        BulkList.Report result;
        try {
            result = bulk.check(sessionId, provinceCode(), text.getValue());
        } catch (BusinessRuleException | AccessDeniedException refused) {
            Notices.refused(this, refused);
            return;
        }
        checkedText = text.getValue();
        checkedProvince = provinceCode();
        for (var problem : result.listProblems()) {
            report.add(notice(getTranslation(problem.key(), problem.args().toArray()), "ot-notice-error"));
        }
        if (result.listProblems().isEmpty()) {
            report.add(notice(getTranslation("griffie.bulk.summary", result.valid().size(), result.invalid().size()),
                    result.invalid().isEmpty() ? "ot-notice-ok" : "ot-notice-warning"));
        }
        if (!result.invalid().isEmpty()) {
            var lines = new UnorderedList();
            lines.setId("bulk-problems");
            for (var line : result.invalid()) {
                var problems = String.join(" ", line.problems().stream()
                        .map(p -> getTranslation(p.key(), p.args().toArray())).toList());
                lines.add(new ListItem(getTranslation("griffie.bulk.line", line.number(), problems)));
            }
            report.add(lines);
        }
        save.setEnabled(result.canSave());
        save.setText(getTranslation("griffie.bulk.save-count", result.valid().size()));
    }

    private void save() {
        try {
            var result = bulk.save(sessionId, checkedProvince, checkedText);
            Notices.success(this, "griffie.bulk.saved", result.confirmed(), result.waitlisted(), result.skipped());
            close();
            saved.run();
        } catch (BusinessRuleException | AccessDeniedException refused) {
            Notices.refused(this, refused);
        }
    }

    private static Paragraph notice(String text, String variant) {
        var p = new Paragraph(text);
        p.addClassNames("ot-notice", variant);
        return p;
    }
}
