package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.griffie.GriffieHome;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/**
 * The griffie's start page (griffie, or griffie?provincie=UT for an organiser): counts, what changed
 * since the last visit, the sessions in the province and its people registered elsewhere.
 */
@Route("griffie")
@Menu(order = 3, title = "griffie.nav.home", icon = "vaadin:clipboard-user")
@RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
class GriffieHomeView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final GriffieHome home;
    private final ProvinceService provinces;
    private final CurrentUser currentUser;
    private final Select<Province> province = new Select<>();
    private final H2 heading = new H2();
    private final Div counts = new Div();
    private final Div changes = new Div();
    private final Grid<GriffieHome.SessionHere> here = new Grid<>();
    private final Grid<GriffieHome.PersonElsewhere> elsewhere = new Grid<>();
    private Map<String, String> names = Map.of();

    GriffieHomeView(GriffieHome home, ProvinceService provinces, CurrentUser currentUser) {
        this.home = home;
        this.provinces = provinces;
        this.currentUser = currentUser;
        addClassName("ot-page");
        heading.setId("griffie-heading");
        province.setId("home-province");
        province.setLabel(getTranslation("griffie.column.province"));
        province.setItemLabelGenerator(Province::getName);
        province.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                show(e.getValue());
            }
        });
        counts.setId("home-counts");
        counts.addClassName("ot-facts");
        changes.setId("home-changes");
        here.setId("home-sessions");
        here.setAllRowsVisible(true);
        // Widths in rem and cells that wrap, and as many columns as fit (most important first): a
        // phone keeps the session, when, and how full it is. The date and time grow with the room
        // (a third of it) so that a laptop shows "do 17 dec 2026, 19:00" on one line.
        var session = here.addComponentColumn(s -> new RouterLink(s.title(), AttendeeListView.class, new RouteParameters("id", String.valueOf(s.sessionId()))))
                .setHeader(getTranslation("griffie.home.session")).setWidth("7rem").setFlexGrow(2);
        var when = here.addColumn(s -> DutchTime.dateTime(s.startsAt(), getLocale())).setHeader(getTranslation("griffie.home.when"))
                .setWidth("7rem").setFlexGrow(1);
        var occupancy = here.addColumn(s -> getTranslation("griffie.home.seats", s.capacity() - s.seatsLeft(), s.capacity(), s.waitlistLength()))
                .setHeader(getTranslation("griffie.home.occupancy")).setWidth("7.5rem").setFlexGrow(0);
        here.setColumnOrder(when, session, occupancy);
        here.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(here, List.of(session, when, occupancy));
        here.setEmptyStateText(getTranslation("griffie.home.no-sessions"));
        elsewhere.setId("home-elsewhere");
        elsewhere.setAllRowsVisible(true);
        var name = elsewhere.addColumn(p -> p.attendee().fullName()).setHeader(getTranslation("griffie.column.name"))
                .setWidth("8rem").setFlexGrow(1);
        var status = elsewhere.addColumn(p -> getTranslation("registration.status." + p.attendee().status().name()))
                .setHeader(getTranslation("griffie.column.status")).setWidth("7.5rem").setFlexGrow(0);
        var where = elsewhere.addComponentColumn(p -> new RouterLink(p.sessionTitle(), AttendeeListView.class,
                        new RouteParameters("id", String.valueOf(p.attendee().sessionId()))))
                .setHeader(getTranslation("griffie.home.session")).setWidth("8rem").setFlexGrow(1);
        var heldIn = elsewhere.addColumn(p -> names.getOrDefault(p.sessionProvinceCode(), p.sessionProvinceCode()))
                .setHeader(getTranslation("griffie.home.held-in")).setWidth("7rem").setFlexGrow(0);
        var at = elsewhere.addColumn(p -> DutchTime.dateTime(p.startsAt(), getLocale())).setHeader(getTranslation("griffie.home.when"))
                .setWidth("7rem").setFlexGrow(1);
        elsewhere.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(elsewhere, List.of(name, where, status, at, heldIn));
        elsewhere.setEmptyStateText(getTranslation("griffie.home.nobody-elsewhere"));
        add(heading, province, counts, changes,
                new H3(getTranslation("griffie.home.sessions-here")), here,
                new H3(getTranslation("griffie.home.people-elsewhere")), elsewhere);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var user = currentUser.require();
        var all = provinces.all();
        names = all.stream().collect(Collectors.toMap(Province::getCode, Province::getName, (a, b) -> a));
        List<Province> mine = all.stream().filter(p -> user.covers(p.getCode())).toList();
        if (mine.isEmpty()) {
            heading.setText(getTranslation("griffie.home.no-province"));
            return;
        }
        var asked = event.getLocation().getQueryParameters().getSingleParameter("provincie").orElse("");
        var chosen = mine.stream().filter(p -> p.getCode().equalsIgnoreCase(asked)).findFirst().orElse(mine.getFirst());
        province.setItems(mine);
        province.setVisible(mine.size() > 1);
        province.setValue(chosen);
        show(chosen);
    }

    private void show(Province chosen) {
        var overview = home.visit(chosen.getCode());
        heading.setText(getTranslation("griffie.home.heading", chosen.getName()));
        counts.removeAll();
        counts.add(fact("count-confirmed", overview.counts().confirmed(), "griffie.home.confirmed"),
                fact("count-waitlisted", overview.counts().waitlisted(), "griffie.home.waitlisted"),
                fact("count-pending", overview.counts().pending(), "griffie.home.pending"),
                fact("count-approval", overview.counts().awaitingApproval(), "griffie.home.awaiting-approval"));
        changes.removeAll();
        if (overview.previousVisit() == null) {
            changes.add(new Paragraph(getTranslation("griffie.home.first-visit")));
        } else if (overview.changes().isEmpty()) {
            changes.add(new Paragraph(getTranslation("griffie.home.no-changes",
                    DutchTime.dateTime(overview.previousVisit(), getLocale()))));
        } else {
            changes.add(new H3(getTranslation("griffie.home.changes", DutchTime.dateTime(overview.previousVisit(), getLocale()))));
            var list = new UnorderedList();
            list.setId("home-change-list");
            for (var change : overview.changes()) {
                list.add(new ListItem(getTranslation("griffie.home.change", change.attendee().fullName(),
                        getTranslation("registration.status." + change.attendee().status().name()), change.sessionTitle(),
                        DutchTime.dateTime(change.attendee().statusChangedAt(), getLocale()))));
            }
            changes.add(list);
        }
        here.setItems(overview.sessionsHere());
        elsewhere.setItems(overview.elsewhere());
    }

    private Div fact(String id, int figure, String labelKey) {
        var number = new Span(String.valueOf(figure));
        number.addClassName("ot-fact-figure");
        var label = new Span(getTranslation(labelKey));
        label.addClassName("ot-fact-label");
        var fact = new Div(number, label);
        fact.setId(id);
        fact.addClassName("ot-fact");
        return fact;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("griffie.home.title");
    }
}
