package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords.Presence;
import nl.weerbaarbestuur.ontour.griffie.AttendeeExports;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.AttendeeMessages;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.BulkRegistration;
import nl.weerbaarbestuur.ontour.registration.RegistrationAdministration;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.security.AccountPreferences;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/**
 * The attendee list of one session (griffie/sessie/12): paged in the database, searchable and
 * filtered by status and by what attendance recorded (checked in, no-show), with the actions on a selected attendee, adding one or many on behalf,
 * a message to the confirmed, and the exports. A griffie sees its own province's people only.
 */
@Route("griffie/sessie/:id")
@RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
class AttendeeListView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final Attendees attendees;
    private final RegistrationAdministration registrations;
    private final BulkRegistration bulk;
    private final AttendeeExports exports;
    private final PlanningService planning;
    private final ProvinceService provinces;
    private final CurrentUser currentUser;
    private final AttendanceRecords attendance;
    private final H2 heading = new H2();
    private final SessionFactsLine facts = new SessionFactsLine();
    private final TextField search = new TextField();
    private final MultiSelectComboBox<StatusChoice> statuses = new MultiSelectComboBox<>();
    private final Span count = new Span();
    private final Span leftOut = new Span();
    private final Grid<Attendee> grid = new Grid<>();
    private final HorizontalLayout toolbar = new HorizontalLayout();
    private final Div exportSlot = new Div();
    private final Div invitationSlot = new Div();
    private final SessionInvitations invitations;
    private final SeatCounts seatCounts;
    private final AttendeeMessages messages;
    private final AttendeeActions actions;
    private final ColumnChooser columns;
    private final StatusSummary summary = new StatusSummary(this::filterOn);
    private SessionFacts session;
    /** What attendance recorded for this session's registrations, read again on every refresh. */
    private Map<Long, Presence> presence = Map.of();

    AttendeeListView(Attendees attendees, RegistrationAdministration registrations, BulkRegistration bulk,
                     AttendeeExports exports, PlanningService planning, ProvinceService provinces, CurrentUser currentUser,
                     AttendanceRecords attendance, SessionInvitations invitations, SeatCounts seatCounts,
                     AttendeeMessages messages, AccountPreferences preferences) {
        this.messages = messages;
        this.invitations = invitations;
        this.seatCounts = seatCounts;
        this.attendees = attendees;
        this.registrations = registrations;
        this.bulk = bulk;
        this.exports = exports;
        this.planning = planning;
        this.provinces = provinces;
        this.currentUser = currentUser;
        this.attendance = attendance;
        addClassName("ot-page");
        heading.setId("attendees-heading");
        search.setId("attendee-search");
        search.setLabel(getTranslation("griffie.list.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        statuses.setId("attendee-status");
        statuses.setLabel(getTranslation("griffie.column.status"));
        statuses.setItems(StatusChoice.all());
        statuses.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        // Nothing chosen shows everyone: say so rather than leave the field empty.
        statuses.setPlaceholder(getTranslation("griffie.filter.all"));
        statuses.addValueChangeListener(e -> refresh());
        count.setId("attendee-count");
        count.getElement().setAttribute("aria-live", "polite");
        AttendeeColumns.addTo(grid, this, getLocale(), id -> presence.get(id));
        var fit = FittedColumns.fit(grid, AttendeeColumns.BY_IMPORTANCE.stream().map(grid::getColumnByKey).toList());
        fit.onLeftOut(this::showLeftOut);
        columns = new ColumnChooser(grid, fit, preferences, "attendee-list.columns", AttendeeColumns.ALL,
                AttendeeColumns.DEFAULT);
        leftOut.setId("columns-left-out");
        leftOut.addClassNames("ot-muted", "ot-left-out");
        leftOut.setVisible(false);
        var filters = new HorizontalLayout(search, statuses, count, columns, leftOut);
        filters.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        filters.setWrap(true);
        filters.addClassName("ot-filters");
        toolbar.addClassName("ot-toolbar");
        toolbar.setWrap(true);
        actions = new AttendeeActions(registrations, seatCounts, attendees, this::myProvinces, this::moveTargets, this::refresh);
        grid.setId("attendees-grid");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPageSize(50);
        grid.asMultiSelect().addValueChangeListener(e -> actions.show(e.getValue()));
        var back = new RouterLink(getTranslation("griffie.list.back"), GriffieHomeView.class);
        back.addClassName("ot-back");
        add(back, heading, facts, invitationSlot, toolbar, exportSlot, filters, summary, actions, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").flatMap(AttendeeListView::number);
        session = id.flatMap(planning::publicSession).orElse(null);
        if (session == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        heading.setText(session.title());
        facts.show(session, seatCounts);
        invitationSlot.removeAll();
        if (session.closed() && currentUser.require().covers(session.provinceCode())) {
            invitationSlot.add(new InvitationLinkPanel(invitations, session.id()));
        }
        toolbar.removeAll();
        if (session.status() == SessionStatus.PUBLISHED) {
            var add = new Button(getTranslation("griffie.action.add"), e -> new PersonDialog(getTranslation("griffie.add.title"),
                    myProvinces(), defaultProvince(), details -> {
                        registrations.registerOnBehalf(session.id(), details);
                        Notices.success(this, "griffie.done.added", details.fullName());
                        refresh();
                    }).open());
            add.setId("attendee-add");
            var bulkButton = new Button(getTranslation("griffie.action.bulk"),
                    e -> new BulkDialog(bulk, session.id(), myProvinces(), defaultProvince(), this::refresh).open());
            bulkButton.setId("attendee-bulk");
            toolbar.add(add, bulkButton);
        }
        var message = new Button(getTranslation("griffie.action.message"), e -> new MessageDialog(messages, session.id(), actions.selected()).open());
        message.setId("attendee-message");
        toolbar.add(message);
        exportSlot.removeAll();
        exportSlot.add(new ExportLinks(exports, session.id(), getLocale()));
        long sessionId = session.id();
        presence = attendance.presence(sessionId);
        attendees.open(sessionId);
        grid.setItems(query -> attendees.page(sessionId, filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) attendees.count(sessionId, filter()));
        columns.load();
        refreshCount();
    }

    /** A part of the status summary was clicked: show that status only. */
    private void filterOn(nl.weerbaarbestuur.ontour.registration.RegistrationStatus status) {
        statuses.setValue(java.util.Set.of(new StatusChoice(status, null)));
    }

    private AttendeeFilter filter() {
        return StatusChoice.filter(search.getValue(), statuses.getValue(), presence);
    }

    private void refresh() {
        if (session == null) {
            return;
        }
        presence = attendance.presence(session.id());
        // Seats taken and the waitlist change with what was just done here (or elsewhere).
        planning.publicSession(session.id()).ifPresent(s -> session = s);
        facts.show(session, seatCounts);
        grid.getDataProvider().refreshAll();
        grid.asMultiSelect().clear();
        actions.show(java.util.Set.of());
        refreshCount();
    }

    /**
     * The number found, and the counts per status. "Geen aanmeldingen" is said once, by the grid
     * (its empty state); the count and the summary then stay away.
     */
    private void refreshCount() {
        long found = attendees.count(session.id(), filter());
        count.setText(getTranslation("griffie.list.count", found));
        count.setVisible(found > 0);
        boolean filtered = !search.getValue().isBlank() || !statuses.getValue().isEmpty();
        grid.setEmptyStateText(getTranslation(filtered ? "griffie.list.empty.filtered" : "griffie.list.empty"));
        var user = currentUser.require();
        summary.show(f -> attendees.count(session.id(), f), !user.is(Role.ORGANISER));
    }

    /** The chosen columns that do not fit this screen; the attendance then shows in the status cell. */
    private void showLeftOut(List<com.vaadin.flow.component.grid.Grid.Column<?>> out) {
        var attendanceOut = out.contains(grid.getColumnByKey("attendance"));
        grid.setClassName(AttendeeColumns.PRESENCE_IN_STATUS, attendanceOut);
        var names = out.stream().filter(c -> !"attendance".equals(c.getKey())).map(c -> c.getHeaderText()).toList();
        leftOut.setText(getTranslation(FittedColumns.LEFT_OUT, String.join(", ", names)));
        leftOut.setVisible(!names.isEmpty());
    }

    /** The provinces whose people this user may register: all for an organiser. */
    private List<Province> myProvinces() {
        var user = currentUser.require();
        return provinces.all().stream().filter(p -> user.covers(p.getCode())).toList();
    }

    private String defaultProvince() {
        var mine = myProvinces();
        return mine.size() == 1 ? mine.getFirst().getCode() : session.provinceCode();
    }

    private List<SessionFacts> moveTargets() {
        return planning.publicSessions(null, session.tourId()).stream().filter(s -> s.id() != session.id()).toList();
    }

    private static java.util.Optional<Long> number(String text) {
        try {
            return java.util.Optional.of(Long.parseLong(text));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("griffie.list.title", session == null ? "" : session.title());
    }
}
