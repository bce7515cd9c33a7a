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
import nl.weerbaarbestuur.ontour.planning.Trainer;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/** Organisers keep the list of trainers: who leads sessions, and under which e-mail address they sign in. */
@Route("beheer/trainers")
@Menu(order = 83, title = "nav.trainers", icon = "vaadin:academy-cap")
@RolesAllowed(Role.Names.ORGANISER)
class TrainerAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TrainerService trainers;
    private final Grid<Trainer> grid = new Grid<>();

    TrainerAdminView(TrainerService trainers) {
        this.trainers = trainers;
        addClassName("ot-page");
        var create = new Button(getTranslation("trainers.new"), e -> open(null));
        create.setId("new-trainer");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("trainers");
        // Widths in rem, cells that wrap, and as many columns as fit (most important first): on a
        // phone the name and its button, without scrolling sideways.
        var name = grid.addColumn(Trainer::getName).setHeader(getTranslation("trainers.name")).setWidth("9rem").setFlexGrow(1);
        var email = grid.addColumn(Trainer::getEmail).setHeader(getTranslation("trainers.email")).setWidth("13rem").setFlexGrow(0);
        var organisation = grid.addColumn(t -> t.getOrganisation() == null ? "" : t.getOrganisation())
                .setHeader(getTranslation("trainers.organisation")).setWidth("10rem").setFlexGrow(1);
        var actions = grid.addComponentColumn(t -> {
            var edit = new Button(getTranslation("action.edit"), e -> open(t));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("trainers.edit", t.getName()));
            return edit;
        }).setHeader(getTranslation("grid.actions")).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(grid, List.of(name, actions, email, organisation));
        grid.setEmptyStateText(getTranslation("trainers.empty"));
        grid.addClassName("ot-admin-grid");
        add(new Paragraph(getTranslation("trainers.intro")), create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(trainers.all());
    }

    private void open(Trainer existing) {
        var dialog = new TrainerDialog[1];
        dialog[0] = new TrainerDialog(existing, input -> {
            if (dialog[0].save(this, "trainers.saved", () -> {
                if (existing == null) {
                    trainers.create(input.name(), input.email(), input.organisation());
                } else {
                    trainers.update(existing.getId(), existing.getVersion(), input.name(), input.email(), input.organisation());
                }
            })) {
                refresh();
            }
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trainers.title");
    }
}
