package nl.weerbaarbestuur.ontour.planning;

import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Queries over the planned sessions, scoped to who is asking. */
@Service
public class PlanningService {

    private final TrainingSessionRepository sessions;
    private final CurrentUser currentUser;
    private final Clock clock;

    PlanningService(TrainingSessionRepository sessions, CurrentUser currentUser, Clock clock) {
        this.sessions = sessions;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Upcoming sessions this user works with: all for an organiser, those in its own provinces for
     * a griffie, its own for a trainer.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public List<SessionSummary> upcomingForCurrentUser() {
        var user = currentUser.require();
        var now = clock.instant();
        var found = switch (user.role()) {
            case ORGANISER -> sessions.findUpcoming(now, EnumSet.allOf(SessionStatus.class));
            case GRIFFIE -> sessions.findUpcomingInProvinces(now, user.provinceCodes());
            case TRAINER -> sessions.findUpcomingForTrainer(now, user.email());
        };
        return found.stream().map(SessionSummary::of).toList();
    }

    /** Published sessions still to come, for the public pages. */
    @Transactional(readOnly = true)
    public List<SessionSummary> publishedUpcoming() {
        return sessions.findUpcoming(clock.instant(), EnumSet.of(SessionStatus.PUBLISHED)).stream()
                .map(SessionSummary::of).toList();
    }
}
