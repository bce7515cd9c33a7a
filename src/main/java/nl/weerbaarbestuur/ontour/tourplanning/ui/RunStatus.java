package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Function;
import nl.weerbaarbestuur.ontour.tourplanning.PlanRun;
import nl.weerbaarbestuur.ontour.tourplanning.PlanScore;
import nl.weerbaarbestuur.ontour.tourplanning.Reason;
import nl.weerbaarbestuur.ontour.tourplanning.ReasonTexts;

/**
 * How a run stands: a progress bar through the planner's time budget, the state in words, a stop
 * button while it runs, and the plan's score in one sentence ("Alle harde regels gehaald; 3 sessies in een
 * schoolvakantie; ..."). The state is a polite live region: it speaks when the run ends, not every second.
 */
class RunStatus extends Div {

    private final ProgressBar bar = new ProgressBar(0, 100);
    private final Span state = new Span();
    private final Span progress = new Span();
    private final Button stop;
    private final Paragraph score = new Paragraph();
    private final Function<Reason, String> text;

    RunStatus(Function<Reason, String> text, Runnable onStop) {
        this.text = text;
        addClassName("tp-status");
        setId("run-status");
        state.setId("run-state");
        state.addClassName("tp-state");
        state.getElement().setAttribute("aria-live", "polite");
        progress.setId("run-progress");
        progress.addClassName("ot-muted");
        bar.setId("run-progress-bar");
        bar.getElement().setAttribute("aria-label", getTranslation("tourplan.ui.progress.label"));
        stop = new Button(getTranslation("tourplan.ui.stop"), e -> onStop.run());
        stop.setId("stop-run");
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var line = new Div(state, progress, stop);
        line.addClassName("tp-status-line");
        score.setId("plan-score");
        score.addClassName("tp-score");
        add(line, bar, score);
    }

    void show(PlanRun run) {
        var stateText = getTranslation("tourplan.ui.state." + run.state().name());
        if (!stateText.equals(state.getText())) {
            state.setText(stateText);
        }
        getElement().setAttribute("data-state", run.state().name());
        bar.setValue(Math.max(0, Math.min(100, run.progress())));
        progress.setText(getTranslation("tourplan.ui.progress", run.progress(), run.elapsed().toSeconds()));
        stop.setVisible(!run.ended());
        score.setText(words(run.score()));
        score.getElement().setAttribute("data-feasible", String.valueOf(run.score().feasible()));
        score.setClassName("tp-score-broken", !run.score().feasible());
    }

    /**
     * The planner's own summary as one sentence ("Alle harde regels gehaald; 3 sessies in een
     * schoolvakantie."); without one, what the numbers say.
     */
    private String words(PlanScore planScore) {
        var parts = new ArrayList<String>();
        planScore.summary().forEach(reason -> parts.add(text.apply(reason)));
        if (parts.isEmpty()) {
            parts.add(planScore.feasible() ? getTranslation("tourplan.ui.score.feasible")
                    : getTranslation("tourplan.ui.score.broken", planScore.hardBroken()));
            if (planScore.unplaced() > 0) {
                parts.add(getTranslation("tourplan.ui.score.unplaced", planScore.unplaced()));
            }
        }
        return ReasonTexts.asSentence(parts, getLocale() == null ? Locale.ROOT : getLocale());
    }
}
