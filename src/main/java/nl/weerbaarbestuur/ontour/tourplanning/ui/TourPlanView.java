package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.tourplanning.PlanRun;
import nl.weerbaarbestuur.ontour.tourplanning.ReasonTexts;
import nl.weerbaarbestuur.ontour.tourplanning.TourPlanner;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * "Stel een tourplan voor": the organiser picks a tour and lets the planner propose a whole tour.
 * While it runs, the best plan so far shows on the map and in the list, read again on every poll of
 * the browser ({@link Polling}: once a second, until the run ends or the view is left). Without a
 * planner in the application (the solver not installed) the page says so, and the rest of the
 * application runs as before.
 */
@Route("planning/tourplan")
@Menu(order = 13, title = "tourplan.ui.nav", icon = "vaadin:magic")
@RolesAllowed(Role.Names.ORGANISER)
@StyleSheet("styles/tourplan.css")
class TourPlanView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final @Nullable TourPlanner planner;
    private final TourService tours;
    private final Select<Tour> tour = new Select<>();
    private final Button propose = new Button();
    private final Paragraph message = new Paragraph();
    private final RunStatus status;
    private final ProposalMap map;
    private final ProposalList list;
    private final Accepting accepting;
    private final Div plan = new Div();
    private final Polling polling = new Polling(this, this::refresh);
    private @Nullable UUID runId;
    private @Nullable PlanRun current;

    TourPlanView(ObjectProvider<TourPlanner> planners, TourService tours, PlanningService planning, ReasonTexts reasons) {
        this.planner = planners.getIfAvailable();
        this.tours = tours;
        addClassName("ot-page");
        addClassName("tp-page");
        status = new RunStatus(reason -> reasons.text(reason, getLocale()), this::stop);
        map = new ProposalMap(tours, planning);
        accepting = new Accepting(planning, this::acceptKeys, this::accepted);
        list = new ProposalList(reason -> reasons.text(reason, getLocale()), this::selectionChanged);

        tour.setLabel(getTranslation("tourplan.ui.tour"));
        tour.setId("tour-select");
        tour.setWidth("min(100%, 26rem)"); // the whole tour name, not "Weerbaar Bestuur O..."
        tour.setItemLabelGenerator(Tour::getName);
        tour.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                tourChosen(e.getValue());
                if (e.isFromClient()) {
                    PlanLinks.remember(e.getValue().getId(), null);
                }
            }
        });
        propose.setText(getTranslation("tourplan.ui.propose"));
        propose.setId("propose-plan");
        propose.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        propose.addClickListener(e -> propose());
        var actions = new HorizontalLayout(tour, propose);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);
        actions.addClassName("ot-toolbar");
        message.setId("plan-message");
        message.addClassName("ot-notice");
        message.setVisible(false);

        var columns = new Div(map, list);
        columns.addClassName("tp-columns");
        plan.setId("plan");
        plan.add(status, accepting, columns);
        plan.setVisible(false);
        var intro = new Paragraph(getTranslation("tourplan.ui.intro"));
        intro.addClassName("tp-intro");
        add(intro, actions, message, plan);
        if (planner == null) {
            actions.setVisible(false);
            say("tourplan.ui.unavailable");
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (planner == null) {
            return;
        }
        var query = event.getLocation().getQueryParameters();
        var all = tours.all();
        tour.setItems(all);
        if (all.isEmpty()) {
            say("tourplan.ui.no-tours");
            propose.setEnabled(false);
            return;
        }
        var wanted = PlanLinks.number(query, "tour");
        tour.setValue(all.stream().filter(t -> t.getId().equals(wanted)).findFirst().orElse(all.getFirst()));
        var run = PlanLinks.uuid(query, "run");
        if (run != null && planner.run(run).filter(r -> r.tourId() == tour.getValue().getId()).isPresent()) {
            runId = run;
            refresh();
        }
    }

    private void tourChosen(Tour chosen) {
        map.loadCoverage(chosen.getId());
        if (current != null && current.tourId() != chosen.getId()) {
            forgetRun();
        }
        map.show(current == null ? List.of() : current.sessions(), accepting.acceptedKeys());
    }

    private void propose() {
        var chosen = tour.getValue();
        if (planner == null || chosen == null) {
            return;
        }
        try {
            forgetRun();
            runId = planner.propose(chosen.getId());
        } catch (NotFoundException e) {
            say("tourplan.ui.error.tour-gone");
            return;
        } catch (BusinessRuleException e) {
            Notices.refused(this, e);
            return;
        }
        PlanLinks.remember(chosen.getId(), runId);
        refresh();
    }

    /** Reads the run again and shows what changed; keeps polling while it is solving. */
    void refresh() {
        if (planner == null || runId == null) {
            return;
        }
        var read = planner.run(runId);
        if (read.isEmpty()) {
            forgetRun();
            say("tourplan.ui.run-gone");
            return;
        }
        var run = read.get();
        var previous = current;
        current = run;
        message.setVisible(false);
        plan.setVisible(true);
        status.show(run);
        if (previous == null || !previous.sessions().equals(run.sessions())) {
            list.show(run.sessions(), accepting.acceptedKeys());
            map.show(run.sessions(), accepting.acceptedKeys());
        }
        propose.setEnabled(run.ended());
        selectionChanged();
        if (run.ended()) {
            polling.stop();
        } else {
            polling.start();
        }
    }

    private void stop() {
        if (planner != null && runId != null) {
            planner.stop(runId);
            refresh();
        }
    }

    private void selectionChanged() {
        if (current != null) {
            accepting.update(current.tourId(), current.ended(), list.selected(), list.acceptableKeys(), list.shown());
        }
    }

    private List<Long> acceptKeys(Set<String> keys) {
        if (planner == null || runId == null) {
            return List.of();
        }
        return planner.accept(runId, keys);
    }

    /** After accepting: the map fills with what the tour has now, the list marks what was taken over. */
    private void accepted() {
        var chosen = tour.getValue();
        if (chosen != null) {
            map.loadCoverage(chosen.getId());
        }
        if (current != null) {
            list.show(current.sessions(), accepting.acceptedKeys());
            map.show(current.sessions(), accepting.acceptedKeys());
        }
    }

    private void forgetRun() {
        polling.stop();
        runId = null;
        current = null;
        accepting.reset();
        plan.setVisible(false);
        propose.setEnabled(true);
    }

    private void say(String key) {
        message.setText(getTranslation(key));
        message.setVisible(true);
    }

    /** Whether the view is polling the planner, for tests. */
    boolean polling() {
        return polling.active();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tourplan.ui.title");
    }
}
