package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.weerbaarbestuur.ontour.tourplanning.DateList;

/**
 * A list of dates pasted or uploaded (a .txt or .csv lands in the same text box): read by the
 * service, and taken over only when every line is right. Otherwise each bad line is named with
 * what is wrong, and the text stays as typed, to be corrected.
 */
class PastedList extends Details {

    private static final int MAX_UPLOAD = 64 * 1024;

    private final TextArea text = new TextArea();
    private final Div report = new Div();

    /**
     * @param read   reads a text (the service, with the tour's period)
     * @param taken  receives the dates of a list without problems
     * @param typed  is told the text as it changes, so the page keeps it
     */
    PastedList(String initial, Function<String, DateList.Report> read, Consumer<Map<LocalDate, String>> taken,
               Consumer<String> typed) {
        setSummaryText(getTranslation("tourplanning.input.list.title"));
        setId("dates-list-details");
        setOpened(!initial.isBlank());
        text.setId("dates-list");
        text.setLabel(getTranslation("tourplanning.input.list.label"));
        text.setHelperText(getTranslation("tourplanning.input.list.help"));
        text.setWidthFull();
        text.setMinHeight("8rem");
        text.setValue(initial);
        text.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.ON_CHANGE);
        text.addValueChangeListener(e -> typed.accept(e.getValue()));
        var upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            var content = new String(data, StandardCharsets.UTF_8);
            getUI().ifPresent(ui -> ui.access(() -> text.setValue(content)));
        }));
        upload.setId("dates-upload");
        upload.setAcceptedFileTypes(".csv", ".txt", "text/csv", "text/plain");
        upload.setMaxFileSize(MAX_UPLOAD);
        upload.setMaxFiles(1);
        upload.setI18n(InputUi.uploadI18n(this));
        report.setId("dates-report");
        report.getElement().setAttribute("aria-live", "polite");
        var take = new Button(getTranslation("tourplanning.input.list.read"), e -> {
            var result = read.apply(text.getValue());
            show(result);
            if (result.ok()) {
                taken.accept(result.dates());
                text.clear();
            }
        });
        take.setId("dates-read");
        add(text, upload, take, report);
    }

    private void show(DateList.Report result) {
        report.removeAll();
        for (var problem : result.listProblems()) {
            report.add(InputUi.notice(InputUi.message(this, problem), "ot-notice-error"));
        }
        if (result.ok()) {
            report.add(InputUi.notice(getTranslation("tourplanning.input.list.taken", result.lines().size()), "ot-notice-ok"));
            return;
        }
        var bad = result.invalid();
        if (bad.isEmpty()) {
            return;
        }
        report.add(InputUi.notice(getTranslation("tourplanning.input.list.bad", bad.size()), "ot-notice-error"));
        var lines = new UnorderedList();
        lines.setId("dates-problems");
        for (var line : bad) {
            var problems = String.join(" ", line.problems().stream().map(p -> InputUi.message(this, p)).toList());
            lines.add(new ListItem(getTranslation("tourplanning.input.list.line", line.number(), problems)));
        }
        report.add(lines);
    }
}
