package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;
import nl.weerbaarbestuur.ontour.tourplanning.InputFiles;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolHolidayList;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolHolidays;

/**
 * School holidays per region, entered per school year by an organiser from the published list
 * ("regio;naam;van;tot", one a line; the application fetches nothing), typed or uploaded as a .txt
 * or .csv, and below it the school regions of each province. The text box holds the year's saved
 * holidays, so a change is an edit; an upload adds to it.
 */
@Route("tourplanning/schoolvakanties")
@Menu(order = 84, title = "tourplanning.input.nav.holidays", icon = "vaadin:sun-o")
@RolesAllowed(Role.Names.ORGANISER)
class SchoolHolidayView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SchoolHolidays service;
    private final Clock clock;
    private final Select<Integer> year = new Select<>();
    private final TextArea text = new TextArea();
    private final Div report = new Div();
    private final Grid<SchoolHolidayList.Entry> grid = new Grid<>();
    private final ProvinceRegionsGrid regions;

    SchoolHolidayView(SchoolHolidays service, ProvinceService provinces, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.regions = new ProvinceRegionsGrid(service, provinces);
        addClassName("ot-page");
        year.setId("holidays-year");
        year.setLabel(getTranslation("tourplanning.input.holidays.year"));
        year.setItemLabelGenerator(SchoolHolidayList::label);
        year.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                load(e.getValue());
            }
        });
        text.setId("holidays-text");
        text.setLabel(getTranslation("tourplanning.input.holidays.text"));
        text.setHelperText(getTranslation("tourplanning.input.holidays.help"));
        text.setWidthFull();
        text.setMinHeight("12rem");
        report.setId("holidays-report");
        report.getElement().setAttribute("aria-live", "polite");
        var check = new Button(getTranslation("tourplanning.input.holidays.check"), e -> show(service.check(year(), text.getValue()), false));
        check.setId("holidays-check");
        var save = new Button(getTranslation("tourplanning.input.holidays.save"), e -> save());
        save.setId("holidays-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("holidays-grid");
        grid.setAllRowsVisible(true);
        // Widths in rem, cells that wrap, and as many columns as fit (most important first).
        var region = grid.addColumn(e -> getTranslation("tourplanning.input.region." + e.region().name()))
                .setHeader(getTranslation("tourplanning.input.holidays.region")).setWidth("6rem").setFlexGrow(0);
        var name = grid.addColumn(SchoolHolidayList.Entry::name).setHeader(getTranslation("tourplanning.input.holidays.name"))
                .setWidth("8rem").setFlexGrow(1);
        var period = grid.addColumn(e -> DutchTime.date(e.firstDay(), getLocale()) + " – " + DutchTime.date(e.lastDay(), getLocale()))
                .setHeader(getTranslation("tourplanning.input.holidays.period")).setWidth("9rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(grid, List.of(region, period, name));
        grid.setEmptyStateText(getTranslation("tourplanning.input.holidays.none"));
        var upload = ListUpload.create(this, "holidays-upload", this::fromFile, ".csv", ".txt", "text/csv", "text/plain");
        var uploadHelp = new Paragraph(getTranslation("tourplanning.input.file.holidays-help", InputFiles.maxKilobytes()));
        uploadHelp.addClassName("ot-muted");
        add(new Paragraph(getTranslation("tourplanning.input.holidays.intro")), year, text,
                new HorizontalLayout(check, save), upload, uploadHelp, report, grid,
                new H2(getTranslation("tourplanning.input.regions.title")),
                new Paragraph(getTranslation("tourplanning.input.regions.intro")), regions);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        int current = SchoolHolidays.schoolYearOf(LocalDate.now(clock.withZone(DutchTime.ZONE)));
        year.setItems(IntStream.rangeClosed(current - 1, current + 3).boxed().toList());
        year.setValue(current);
        regions.refresh();
    }

    private int year() {
        return year.getValue() == null ? SchoolHolidays.schoolYearOf(LocalDate.now(clock.withZone(DutchTime.ZONE))) : year.getValue();
    }

    private void load(int schoolYear) {
        var saved = service.ofYear(schoolYear);
        grid.setItems(saved);
        report.removeAll();
        text.setValue(saved.stream().map(e -> getTranslation("tourplanning.input.region." + e.region().name()) + ";" + e.name()
                + ";" + e.firstDay().format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"))
                + ";" + e.lastDay().format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy")))
                .collect(Collectors.joining("\n")));
    }

    private void save() {
        var result = service.replaceYear(year(), text.getValue());
        show(result, true);
        if (result.ok()) {
            grid.setItems(service.ofYear(year()));
            InputUi.success(this, getTranslation("tourplanning.input.holidays.saved", result.entries().size(),
                    SchoolHolidayList.label(year())));
        }
    }

    /**
     * An uploaded list joins the text box: its holidays that are not in the box yet are added below what
     * is there, to be checked and saved like typed ones. A file with a bad line adds nothing and names
     * the line; the text box stays as it was.
     */
    private void fromFile(ListUpload.Received file) {
        report.removeAll();
        var name = InputFiles.displayName(file.fileName());
        var content = file.content() == null ? null : InputFiles.text(file.content()).orElse(null);
        if (content == null) {
            report.add(InputUi.notice(getTranslation("tourplanning.input.file.refused", name), "ot-notice-error"));
            report.add(InputUi.notice(getTranslation(file.tooBig() ? "tourplanning.input.file.too-big"
                    : file.content() == null ? "tourplanning.input.file.failed" : "tourplanning.input.file.not-text",
                    InputFiles.maxKilobytes()), "ot-notice-error"));
            return;
        }
        var read = service.check(year(), content);
        if (!read.ok()) {
            show(read, false);
            report.addComponentAsFirst(InputUi.notice(getTranslation("tourplanning.input.file.refused", name), "ot-notice-error"));
            return;
        }
        var present = SchoolHolidayList.parse(text.getValue(), year()).lines().stream()
                .flatMap(l -> l.entries().stream()).collect(Collectors.toSet());
        var added = read.lines().stream().filter(l -> !present.containsAll(l.entries()))
                .map(l -> l.text().strip()).toList();
        if (!added.isEmpty()) {
            var before = text.getValue().stripTrailing();
            text.setValue((before.isEmpty() ? "" : before + "\n") + String.join("\n", added));
        }
        report.add(InputUi.notice(getTranslation("tourplanning.input.file.holidays-added", added.size(), name), "ot-notice-ok"));
    }

    private void show(SchoolHolidayList.Report result, boolean saving) {
        report.removeAll();
        result.listProblems().forEach(p -> report.add(InputUi.notice(InputUi.message(this, p), "ot-notice-error")));
        if (result.ok()) {
            if (!saving) {
                report.add(InputUi.notice(getTranslation("tourplanning.input.holidays.checked", result.entries().size()),
                        "ot-notice-ok"));
            }
            return;
        }
        List<SchoolHolidayList.Line> bad = result.invalid();
        report.add(InputUi.notice(getTranslation(saving ? "tourplanning.input.holidays.not-saved"
                : "tourplanning.input.holidays.bad", bad.size()), "ot-notice-error"));
        var lines = new UnorderedList();
        lines.setId("holidays-problems");
        for (var line : bad) {
            var problems = String.join(" ", line.problems().stream().map(p -> InputUi.message(this, p)).toList());
            lines.add(new ListItem(getTranslation("tourplanning.input.list.line", line.number(), problems)));
        }
        report.add(lines);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tourplanning.input.holidays.title");
    }
}
