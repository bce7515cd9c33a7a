package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.ComponentEvent;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;

/** What the session form tells its view: check this plan, or save it (Vaadin CRM tutorial style). */
final class SessionFormEvents {

    private SessionFormEvents() {
    }

    abstract static class PlanEvent extends ComponentEvent<SessionForm> {
        private final SessionPlan plan;

        PlanEvent(SessionForm source, SessionPlan plan) {
            super(source, false);
            this.plan = plan;
        }

        SessionPlan plan() {
            return plan;
        }
    }

    /** "Controleren": show the warnings, save nothing. */
    static final class Check extends PlanEvent {
        Check(SessionForm source, SessionPlan plan) {
            super(source, plan);
        }
    }

    /** "Opslaan": check, let the organiser accept any warnings, then save. */
    static final class Save extends PlanEvent {
        Save(SessionForm source, SessionPlan plan) {
            super(source, plan);
        }
    }
}
