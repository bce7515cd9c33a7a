package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.planning.Venue;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/** Venues by province; the provinciehuis comes first and is what a new session is offered. */
@Route("beheer/locaties")
@Menu(order = 82, title = "nav.venues", icon = "vaadin:building")
@RolesAllowed(Role.Names.ORGANISER)
class VenueAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final VenueService venues;
    private final ProvinceService provinces;
    private final Select<Province> province = new Select<>();
    private final Grid<Venue> grid = new Grid<>();

    VenueAdminView(VenueService venues, ProvinceService provinces) {
        this.venues = venues;
        this.provinces = provinces;
        addClassName("ot-page");
        province.setLabel(getTranslation("venues.province"));
        province.setId("venue-province");
        province.setItemLabelGenerator(Province::getName);
        province.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                UI.getCurrent().getPage().getHistory().replaceState(null,
                        new Location("beheer/locaties", QueryParameters.of("provincie", e.getValue().getCode())));
            }
            refresh();
        });
        var create = new Button(getTranslation("venues.new"), e -> open(null));
        create.setId("new-venue");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var bar = new HorizontalLayout(province, create);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.setWrap(true);

        grid.setId("venues");
        // Widths in rem, cells that wrap, and as many columns as fit (most important first): on a
        // phone the name and its button, without scrolling sideways.
        var name = grid.addComponentColumn(this::nameCell).setHeader(getTranslation("venues.name")).setWidth("10rem").setFlexGrow(1);
        var address = grid.addColumn(Venue::address).setHeader(getTranslation("venues.address")).setWidth("12rem").setFlexGrow(1);
        var room = grid.addColumn(v -> v.getRoom() == null ? "" : v.getRoom()).setHeader(getTranslation("venues.room"))
                .setWidth("8rem").setFlexGrow(0);
        var actions = grid.addComponentColumn(v -> {
            var edit = new Button(getTranslation("action.edit"), e -> open(v));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("venues.edit", v.getName()));
            return edit;
        }).setHeader(getTranslation("grid.actions")).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(grid, List.of(name, actions, address, room));
        // A province has a handful of venues: show them all, without a scroll box of its own.
        grid.setAllRowsVisible(true);
        add(new Paragraph(getTranslation("venues.intro")), bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var all = provinces.all();
        province.setItems(all);
        var wanted = event.getLocation().getQueryParameters().getSingleParameter("provincie").orElse(null);
        province.setValue(all.stream().filter(p -> p.getCode().equalsIgnoreCase(wanted == null ? "" : wanted))
                .findFirst().orElse(all.getFirst()));
    }

    private Div nameCell(Venue venue) {
        var cell = new Div(new Span(venue.getName()));
        if (isProvinciehuis(venue)) {
            var badge = new Span(getTranslation("venues.provinciehuis"));
            badge.addClassNames("ot-badge", "ot-badge-muted");
            cell.add(new Span(" "), badge);
        }
        return cell;
    }

    private boolean isProvinciehuis(Venue venue) {
        var p = province.getValue();
        return p != null && venue.getName().equals(p.getVenueName()) && venue.getStreet().equals(p.getVenueStreet());
    }

    private void refresh() {
        grid.setItems(province.getValue() == null ? List.of() : venues.optionsFor(province.getValue().getCode()));
    }

    private void open(Venue existing) {
        var dialog = new VenueDialog[1];
        dialog[0] = new VenueDialog(province.getValue(), existing, existing != null && isProvinciehuis(existing), input -> {
            if (dialog[0].save(this, "venues.saved", () -> {
                if (existing == null) {
                    venues.create(input);
                } else {
                    venues.update(existing.getId(), existing.getVersion(), input);
                }
            })) {
                refresh();
            }
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("venues.title");
    }
}
