package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.jspecify.annotations.Nullable;

/**
 * The browser asks the server once a second while a run is solving, and the view reads the run on
 * each poll. A poll is a request of the signed-in organiser, so the planner's role check sees who
 * asks, where a background thread pushing through {@code ui.access} would have nobody signed in.
 * It stops when told (the run ended) and when the view is left.
 */
final class Polling {

    static final int INTERVAL_MILLIS = 1000;

    private final Component owner;
    private final Runnable tick;
    private @Nullable Registration registration;

    Polling(Component owner, Runnable tick) {
        this.owner = owner;
        this.tick = tick;
        owner.addDetachListener(event -> stop(event.getUI()));
    }

    void start() {
        if (registration != null) {
            return;
        }
        var ui = owner.getUI().orElse(UI.getCurrent());
        if (ui != null) {
            ui.setPollInterval(INTERVAL_MILLIS);
            registration = ui.addPollListener(event -> tick.run());
        }
    }

    void stop() {
        owner.getUI().ifPresentOrElse(this::stop, () -> stop(null));
    }

    private void stop(@Nullable UI ui) {
        if (registration != null) {
            registration.remove();
            registration = null;
            if (ui != null) {
                ui.setPollInterval(-1);
            }
        }
    }

    boolean active() {
        return registration != null;
    }
}
