package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.weerbaarbestuur.ontour.griffie.AttendeeExports;
import nl.weerbaarbestuur.ontour.griffie.ExportLogEntry;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** For organisers: who exported which attendee list, in which format, with how many people, when. */
@Route("beheer/exports")
@Menu(order = 86, title = "griffie.nav.exports", icon = "vaadin:file-text-o")
@RolesAllowed(Role.Names.ORGANISER)
class ExportAuditView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AttendeeExports exports;
    private final Grid<ExportLogEntry> grid = new Grid<>();

    ExportAuditView(AttendeeExports exports) {
        this.exports = exports;
        addClassName("ot-page");
        grid.setId("export-log");
        grid.addColumn(e -> DutchTime.dateTime(e.getExportedAt(), getLocale())).setHeader(getTranslation("griffie.audit.when")).setAutoWidth(true);
        grid.addColumn(ExportLogEntry::getAccountEmail).setHeader(getTranslation("griffie.audit.who")).setAutoWidth(true);
        grid.addColumn(ExportLogEntry::getSessionTitle).setHeader(getTranslation("griffie.audit.session")).setFlexGrow(1);
        grid.addColumn(e -> e.getFormat().name()).setHeader(getTranslation("griffie.audit.format")).setAutoWidth(true);
        grid.addColumn(ExportLogEntry::getRowCount).setHeader(getTranslation("griffie.audit.rows")).setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("griffie.audit.empty"));
        add(new H2(getTranslation("griffie.audit.title")), new Paragraph(getTranslation("griffie.audit.explain")), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        grid.setItems(exports.log());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("griffie.audit.title");
    }
}
