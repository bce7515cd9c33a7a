package nl.weerbaarbestuur.ontour.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.privacy.ErasureLogEntry;
import nl.weerbaarbestuur.ontour.privacy.ErasureService;
import nl.weerbaarbestuur.ontour.privacy.RetentionRun;
import nl.weerbaarbestuur.ontour.privacy.RetentionService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/**
 * For organisers: when the retention job last ran and what each rule removed (with "Nu
 * uitvoeren"), the erasure of an address on request (by letter or phone), and the log of erasures.
 */
@Route("beheer/privacy")
@Menu(order = 87, title = "privacy.admin.nav", icon = "vaadin:eraser")
@RolesAllowed(Role.Names.ORGANISER)
class PrivacyAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final RetentionService retention;
    private final ErasureService erasure;
    private final Div lastRun = new Div();
    private final Grid<ErasureLogEntry> erasures = new Grid<>();

    PrivacyAdminView(RetentionService retention, ErasureService erasure, nl.weerbaarbestuur.ontour.privacy.RetentionSettings settings) {
        this.retention = retention;
        this.erasure = erasure;
        addClassName("ot-page");
        lastRun.setId("retention-last-run");
        var runNow = new Button(getTranslation("privacy.retention.run-now"), e -> {
            show(retention.runNow());
            refreshErasures();
        });
        runNow.setId("retention-run-now");
        erasures.setId("erasure-log");
        // Widths in rem, cells that wrap, and as many columns as fit (most important first).
        var when = erasures.addColumn(x -> DutchTime.dateTime(x.getErasedAt(), getLocale())).setHeader(getTranslation("privacy.log.when"))
                .setWidth("8rem").setFlexGrow(0);
        var channel = erasures.addColumn(x -> getTranslation("privacy.log.channel." + x.getChannel()))
                .setHeader(getTranslation("privacy.log.channel")).setWidth("9rem").setFlexGrow(1);
        var by = erasures.addColumn(x -> x.getRequestedBy() == null ? "" : x.getRequestedBy()).setHeader(getTranslation("privacy.log.by"))
                .setWidth("9rem").setFlexGrow(1);
        var registrations = erasures.addColumn(ErasureLogEntry::getRegistrations).setHeader(getTranslation("privacy.log.registrations"))
                .setWidth("7rem").setFlexGrow(0);
        var mails = erasures.addColumn(ErasureLogEntry::getMails).setHeader(getTranslation("privacy.log.mails")).setWidth("6rem")
                .setFlexGrow(0);
        erasures.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(erasures, List.of(when, channel, registrations, mails, by));
        erasures.setEmptyStateText(getTranslation("privacy.log.empty"));
        erasures.setAllRowsVisible(true);
        var form = new ErasureForm(erasure);
        form.addReceiptListener(this::refreshErasures);
        add(new H2(getTranslation("privacy.admin.title")),
                new H3(getTranslation("privacy.retention.title")), new Paragraph(getTranslation("privacy.retention.intro",
                        settings.needsDays(), settings.unconfirmedDays(), settings.sentMailBodyDays(), settings.failedMailDays(),
                        settings.logDays())),
                lastRun, runNow,
                new H3(getTranslation("privacy.erasure.title")), new Paragraph(getTranslation("privacy.erasure.intro")), form,
                new H3(getTranslation("privacy.log.title")), new Paragraph(getTranslation("privacy.log.intro")), erasures);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        retention.lastRun().ifPresentOrElse(this::show, () -> {
            lastRun.removeAll();
            lastRun.add(new Paragraph(getTranslation("privacy.retention.never")));
        });
        refreshErasures();
    }

    private void show(RetentionRun run) {
        lastRun.removeAll();
        lastRun.add(new Paragraph(getTranslation("privacy.retention.last", DutchTime.dateTime(run.getStartedAt(), getLocale()),
                getTranslation("privacy.retention.trigger." + run.getTrigger()))));
        var list = new UnorderedList();
        for (var rule : retention.rules()) {
            var count = run.getCounts().get(rule);
            var item = new ListItem(getTranslation("privacy.rule." + rule) + ": "
                    + (count == null ? getTranslation("privacy.retention.failed") : count));
            item.setId("retention-count-" + rule);
            list.add(item);
        }
        lastRun.add(list);
    }

    private void refreshErasures() {
        erasures.setItems(erasure.recent());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.admin.title");
    }
}
