package nl.weerbaarbestuur.ontour.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.audit.AccessLogEntry;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/**
 * For organisers: every look at participants' personal data by staff (lists, check-in sheets,
 * exports, one person's details, the API), filtered by user, session and period, paged in the
 * database. Replaces the former export log (its old address still leads here).
 */
@Route("beheer/toegang")
@RouteAlias("beheer/exports")
@Menu(order = 86, title = "access.nav", icon = "vaadin:eye")
@RolesAllowed(Role.Names.ORGANISER)
class AccessLogView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccessLog accessLog;
    private final ComboBox<String> account = new ComboBox<>();
    private final ComboBox<AccessLog.SessionRef> session = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Span count = new Span();
    private final Grid<AccessLogEntry> grid = new Grid<>();

    AccessLogView(AccessLog accessLog) {
        this.accessLog = accessLog;
        addClassName("ot-page");
        account.setId("access-account");
        account.setLabel(getTranslation("access.filter.account"));
        account.setClearButtonVisible(true);
        session.setId("access-session");
        session.setLabel(getTranslation("access.filter.session"));
        session.setClearButtonVisible(true);
        session.setItemLabelGenerator(s -> s.title() + " (#" + s.id() + ")");
        from.setId("access-from");
        from.setLabel(getTranslation("access.filter.from"));
        from.setClearButtonVisible(true);
        to.setId("access-to");
        to.setLabel(getTranslation("access.filter.to"));
        to.setClearButtonVisible(true);
        account.addValueChangeListener(e -> refresh());
        session.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        count.setId("access-count");
        count.getElement().setAttribute("aria-live", "polite");
        var filters = new HorizontalLayout(account, session, from, to, count);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("ot-filters");

        grid.setId("access-log");
        // Widths in rem, cells that wrap, and as many columns as fit (most important first): on a
        // phone when and who, without scrolling sideways.
        var when = grid.addColumn(e -> DutchTime.dateTime(e.getAccessedAt(), getLocale())).setHeader(getTranslation("access.column.when"))
                .setWidth("8rem").setFlexGrow(0);
        var who = grid.addColumn(AccessLogView::who).setHeader(getTranslation("access.column.who")).setWidth("9rem").setFlexGrow(1);
        var role = grid.addColumn(e -> role(e.getAccountRole()) + (e.getScope() == null ? "" : " (" + e.getScope() + ")"))
                .setHeader(getTranslation("access.column.role")).setWidth("8rem").setFlexGrow(0);
        var action = grid.addColumn(e -> getTranslation("access.action." + e.getAction().name()))
                .setHeader(getTranslation("access.column.action")).setWidth("10rem").setFlexGrow(1);
        var session = grid.addColumn(e -> e.getSessionTitle() == null ? "" : e.getSessionTitle())
                .setHeader(getTranslation("access.column.session")).setWidth("10rem").setFlexGrow(2);
        var registration = grid.addColumn(e -> e.getRegistrationId() == null ? "" : "#" + e.getRegistrationId())
                .setHeader(getTranslation("access.column.registration")).setWidth("7rem").setFlexGrow(0);
        var rows = grid.addColumn(AccessLogEntry::getRowCount).setHeader(getTranslation("access.column.rows")).setWidth("5rem")
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        var fit = FittedColumns.fit(grid, List.of(when, who, action, session, role, rows, registration));
        grid.setPageSize(50);
        grid.setEmptyStateText(getTranslation("access.empty"));
        add(new H2(getTranslation("access.title")), new Paragraph(getTranslation("access.explain")), filters,
                fit.leftOutNote("access-left-out"), grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        account.setItems(accessLog.accounts());
        session.setItems(accessLog.sessions());
        grid.setItems(query -> accessLog.search(filter(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) accessLog.count(filter()));
        showCount();
    }

    AccessLog.Filter filter() {
        return new AccessLog.Filter(account.getValue(), session.getValue() == null ? null : session.getValue().id(),
                from.getValue(), to.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        showCount();
    }

    private void showCount() {
        count.setText(getTranslation("access.count", accessLog.count(filter())));
    }

    private static String who(AccessLogEntry e) {
        return e.getAccountName() == null ? e.getAccountEmail() : e.getAccountName() + " <" + e.getAccountEmail() + ">";
    }

    private String role(String role) {
        return "UNKNOWN".equals(role) ? getTranslation("access.role.unknown") : getTranslation("role." + role);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("access.title");
    }
}
