package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;

/**
 * What the trainers of sessions answered to their calendar invites, for the session editor and the
 * organiser's dashboard ("Trainer X heeft afgewezen"). The calendar module sends the invites and
 * keeps the answers (module replies reads them from the reply mailbox), and implements this, so
 * that planning never depends on either. An answer never changes the plan: a trainer who declines
 * stays on the session until an organiser finds someone else.
 */
public interface TrainerInviteAnswers {

    /** A trainer's answer to the current version of their invite for a session. */
    record Answer(long sessionId, long trainerId, CalendarAnswer answer, Instant answeredAt) {
    }

    /** The answers of the trainers whose calendars hold these sessions now; a trainer who has not answered is absent. */
    List<Answer> of(Collection<Long> sessionIds);
}
