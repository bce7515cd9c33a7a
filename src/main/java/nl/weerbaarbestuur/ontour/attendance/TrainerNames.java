package nl.weerbaarbestuur.ontour.attendance;

import java.time.Clock;
import nl.weerbaarbestuur.ontour.planning.TrainingSession;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Whether the trainers of a session see the attendees' names on its check-in page. Trainers work
 * with counts; to check people in by name they need an organiser's permission, per session.
 * Callers check the organiser's role and hold the transaction.
 */
@Component
class TrainerNames {

    private static final Logger log = LoggerFactory.getLogger(TrainerNames.class);

    private final TrainerNameAccessRepository access;
    private final CurrentUser currentUser;
    private final Clock clock;

    TrainerNames(TrainerNameAccessRepository access, CurrentUser currentUser, Clock clock) {
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    boolean allowed(long sessionId) {
        return access.existsById(sessionId);
    }

    /** Refuses a trainer without the permission; everyone else passes. */
    void require(TrainingSession session) {
        if (currentUser.require().is(Role.TRAINER) && !allowed(session.getId())) {
            throw new AccessDeniedException("the trainers of session " + session.getId() + " see counts, not names");
        }
    }

    void allow(TrainingSession session, boolean allowed) {
        var by = currentUser.require().email();
        if (allowed && !access.existsById(session.getId())) {
            access.save(new TrainerNameAccess(session.getId(), by, clock.instant()));
        } else if (!allowed) {
            access.deleteById(session.getId());
        }
        log.info("Trainers of session {} {} see names (set by {})", session.getId(), allowed ? "may" : "may not", by);
    }
}
