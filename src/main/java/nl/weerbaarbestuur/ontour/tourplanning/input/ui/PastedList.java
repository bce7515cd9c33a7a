package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Paragraph;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import nl.weerbaarbestuur.ontour.tourplanning.DateList;
import nl.weerbaarbestuur.ontour.tourplanning.InputFiles;

/**
 * A list of dates pasted, or a file uploaded: a .txt or .csv in the same form, or a calendar export
 * (.ics) whose events become dates with their titles as reasons. Read by the service, and taken over
 * only when every line is right; otherwise each bad line is named with what is wrong. Neither the
 * text typed here nor the dates already on the list are lost: a pasted list stays as typed, to be
 * corrected; a file is read on its own and adds its dates, or says why it did not.
 */
class PastedList extends Details {

    private final TextArea text = new TextArea();
    private final Div report = new Div();
    private final ToIntFunction<Map<LocalDate, String>> fromFile;

    /**
     * @param read     reads a text (the service, with the tour's period)
     * @param readFile reads an uploaded file, by its name and content (the service, with the tour's period)
     * @param taken    receives the dates of a pasted list without problems (its reasons are the latest word)
     * @param fromFile receives the dates of a file without problems (they add to what is there, never
     *                 overwrite it) and says how many were new
     * @param typed    is told the text as it changes, so the page keeps it
     */
    PastedList(String initial, Function<String, DateList.Report> read, BiFunction<String, byte[], DateList.Report> readFile,
               Consumer<Map<LocalDate, String>> taken, ToIntFunction<Map<LocalDate, String>> fromFile, Consumer<String> typed) {
        this.fromFile = fromFile;
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
        var upload = ListUpload.create(this, "dates-upload", file -> fromFile(file, readFile),
                ".csv", ".txt", ".ics", "text/csv", "text/plain", "text/calendar");
        var uploadHelp = new Paragraph(getTranslation("tourplanning.input.file.dates-help", InputFiles.maxKilobytes()));
        uploadHelp.addClassName("ot-muted");
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
        add(text, take, upload, uploadHelp, report);
    }

    private void fromFile(ListUpload.Received file, BiFunction<String, byte[], DateList.Report> readFile) {
        report.removeAll();
        var name = InputFiles.displayName(file.fileName());
        if (file.content() == null) {
            report.add(InputUi.notice(getTranslation("tourplanning.input.file.refused", name), "ot-notice-error"));
            report.add(InputUi.notice(file.tooBig() ? getTranslation("tourplanning.input.file.too-big", InputFiles.maxKilobytes())
                    : getTranslation("tourplanning.input.file.failed"), "ot-notice-error"));
            return;
        }
        var result = readFile.apply(file.fileName(), file.content());
        if (!result.ok()) {
            report.add(InputUi.notice(getTranslation("tourplanning.input.file.refused", name), "ot-notice-error"));
            problems(result);
            return;
        }
        int added = fromFile.applyAsInt(result.dates());
        report.add(InputUi.notice(getTranslation("tourplanning.input.file.taken", added, name), "ot-notice-ok"));
        if (result.outside() > 0) {
            report.add(InputUi.notice(getTranslation("tourplanning.input.file.outside", result.outside()), "ot-muted"));
        }
    }

    private void show(DateList.Report result) {
        report.removeAll();
        if (result.ok()) {
            report.add(InputUi.notice(getTranslation("tourplanning.input.list.taken", result.lines().size()), "ot-notice-ok"));
            return;
        }
        problems(result);
    }

    private void problems(DateList.Report result) {
        for (var problem : result.listProblems()) {
            report.add(InputUi.notice(InputUi.message(this, problem), "ot-notice-error"));
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
