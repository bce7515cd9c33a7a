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
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/** Organisers create and revise tours: a programme with a period and a mailbox. */
@Route("beheer/tours")
@Menu(order = 81, title = "nav.tours", icon = "vaadin:road")
@RolesAllowed(Role.Names.ORGANISER)
class TourAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TourService tours;
    private final Grid<Tour> grid = new Grid<>();

    TourAdminView(TourService tours) {
        this.tours = tours;
        addClassName("ot-page");
        var create = new Button(getTranslation("tours.new"), e -> open(this, tours, null, t -> refresh()));
        create.setId("new-tour");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("tours");
        // Widths in rem, cells that wrap, and as many columns as fit (most important first): on a
        // phone the name and its button, without scrolling sideways.
        var name = grid.addColumn(Tour::getName).setHeader(getTranslation("tours.name")).setWidth("9rem").setFlexGrow(2);
        var period = grid.addColumn(t -> getTranslation("tours.period.value", DutchTime.date(t.getStartsOn(), getLocale()),
                DutchTime.date(t.getEndsOn(), getLocale()))).setHeader(getTranslation("tours.period")).setWidth("12rem").setFlexGrow(1);
        var email = grid.addColumn(Tour::getOrganiserEmail).setHeader(getTranslation("tours.email")).setWidth("13rem").setFlexGrow(0);
        var actions = grid.addComponentColumn(t -> {
            var edit = new Button(getTranslation("action.edit"), e -> open(this, tours, t, saved -> refresh()));
            edit.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("tours.edit", t.getName()));
            return edit;
        }).setHeader(getTranslation("grid.actions")).setWidth("7rem").setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        FittedColumns.fit(grid, List.of(name, actions, period, email));
        grid.setEmptyStateText(getTranslation("tours.empty"));
        add(new Paragraph(getTranslation("tours.intro")), create, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        grid.setItems(tours.all());
    }

    /** Opens the tour dialog; also used by the tour overview ("Nieuwe tour"). */
    static void open(Div owner, TourService tours, Tour existing, Consumer<Tour> afterSave) {
        var dialog = new TourDialog[1];
        dialog[0] = new TourDialog(existing, input -> {
            try {
                TourService.parseReminderDays(input.reminderDays()); // refused before anything is saved
                TourService.checkRetentionDays(input.retentionDays());
                var saved = existing == null
                        ? tours.create(input.name(), input.description(), input.startsOn(), input.endsOn(), input.organiserEmail())
                        : tours.update(existing.getId(), existing.getVersion(), input.name(), input.description(),
                        input.startsOn(), input.endsOn(), input.organiserEmail());
                saved = tours.changeReminderDays(saved.getId(), input.reminderDays());
                saved = tours.changeRetentionDays(saved.getId(), input.retentionDays());
                dialog[0].close();
                Notices.success(owner, "tours.saved");
                afterSave.accept(saved);
            } catch (InvalidInputException e) {
                dialog[0].showErrors(e);
            } catch (ObjectOptimisticLockingFailureException e) {
                dialog[0].close();
                Notices.error(owner, "error.concurrent-change");
                afterSave.accept(null);
            }
        });
        dialog[0].open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tours.title");
    }
}
