package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/**
 * The twelve provinces as data an organiser can correct: the provinciehuis (default venue) and
 * the number of PS seats (some came from memory, see DOMAIN.md).
 */
@Route("beheer/provincies")
@Menu(order = 80, title = "nav.provinces", icon = "vaadin:flag")
@RolesAllowed(Role.Names.ORGANISER)
class ProvinceAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ProvinceService provinces;
    private final Grid<Province> grid = new Grid<>();
    private final Paragraph total = new Paragraph();

    ProvinceAdminView(ProvinceService provinces) {
        this.provinces = provinces;
        addClassName("ot-page");
        grid.setId("provinces");
        // Widths in rem, cells that wrap, and as many columns as fit (most important first): on a
        // phone the name and its button, without scrolling sideways.
        var name = grid.addColumn(Province::getName).setHeader(getTranslation("provinces.name")).setWidth("8rem").setFlexGrow(0);
        var venue = grid.addColumn(Province::getVenueName).setHeader(getTranslation("provinces.venue")).setWidth("10rem").setFlexGrow(1);
        var address = grid.addColumn(Province::venueAddress).setHeader(getTranslation("provinces.address")).setWidth("12rem")
                .setFlexGrow(1);
        var seats = grid.addColumn(Province::getPsSeats).setHeader(getTranslation("provinces.seats")).setWidth("7rem").setFlexGrow(0);
        var actions = grid.addComponentColumn(p -> {
            var edit = new Button(getTranslation("action.edit"), e -> open(p));
            edit.setId("edit-province-" + p.getCode());
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("provinces.edit", p.getName()));
            return edit;
        }).setHeader(getTranslation("grid.actions")).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(grid, List.of(name, actions, seats, venue, address));
        // Twelve rows, always: the whole table fits without its own scroll bar.
        grid.setAllRowsVisible(true);
        total.setId("province-seat-total");
        add(new Paragraph(getTranslation("provinces.intro")), grid, total);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        var all = provinces.all();
        grid.setItems(all);
        total.setText(getTranslation("provinces.total-seats", all.stream().mapToInt(Province::getPsSeats).sum()));
    }

    private void open(Province province) {
        var dialog = new ProvinceDialog[1];
        dialog[0] = new ProvinceDialog(province, input -> {
            if (input.psSeats() == null) {
                dialog[0].showErrors(new InvalidInputException(List.of(new FieldError("psSeats", "field.required"))));
                return;
            }
            if (dialog[0].save(this, "provinces.saved", () -> {
                provinces.correct(province.getCode(), province.getVersion(), input.venueName(), input.venueStreet(),
                        input.venuePostcode(), input.venueCity(), input.psSeats());
            })) {
                refresh();
            }
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provinces.title");
    }
}
