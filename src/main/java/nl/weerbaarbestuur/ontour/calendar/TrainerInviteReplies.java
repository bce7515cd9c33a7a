package nl.weerbaarbestuur.ontour.calendar;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.TrainerInviteAnswers;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trainers' invites as they were last sent, and the answers trainers gave to them: module replies
 * checks a trainer's reply against {@link #sentInvite} and records it here; the session editor and
 * the dashboard read the answers through {@link TrainerInviteAnswers}. An answer changes nothing in
 * the plan; a decline is for an organiser to act on.
 */
@Service
public class TrainerInviteReplies implements TrainerInviteAnswers {

    /**
     * A trainer's invite as last sent, for checking a reply against it.
     *
     * @param sequence     the SEQUENCE last sent: a reply to another version is out of date
     * @param inCalendar   whether the last version sent was a REQUEST (not a CANCEL)
     * @param trainerEmail the address the invite went to: the reply must come from it
     */
    public record SentTrainerInvite(long trainerId, long sessionId, int sequence, boolean inCalendar, String trainerEmail) {
    }

    private final TrainerInviteRepository invites;
    private final PlanningService planning;
    private final Clock clock;

    TrainerInviteReplies(TrainerInviteRepository invites, PlanningService planning, Clock clock) {
        this.invites = invites;
        this.planning = planning;
        this.clock = clock;
    }

    /** The trainer invite with this UID, if one was sent (participants' UIDs have none here). */
    @Transactional(readOnly = true)
    public Optional<SentTrainerInvite> sentInvite(String uid) {
        var ours = InviteUids.trainerOf(uid);
        if (ours.isEmpty()) {
            return Optional.empty();
        }
        long trainerId = ours.get().trainerId();
        long sessionId = ours.get().sessionId();
        var invite = invites.findByTrainerIdAndSessionId(trainerId, sessionId);
        var trainer = planning.trainers(List.of(trainerId)).stream().findFirst();
        if (invite.isEmpty() || trainer.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SentTrainerInvite(trainerId, sessionId, invite.get().getSequence(), invite.get().isInCalendar(),
                trainer.get().email()));
    }

    /** Records a trainer's answer to the current invite; false when that invite is no longer in their calendar. */
    @Transactional
    public boolean record(long trainerId, long sessionId, CalendarAnswer answer) {
        var invite = invites.findByTrainerIdAndSessionId(trainerId, sessionId).filter(TrainerInvite::isInCalendar);
        invite.ifPresent(i -> i.answer(answer, clock.instant()));
        return invite.isPresent();
    }

    @Override
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<Answer> of(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return invites.findBySessionIdInAndInCalendarTrueAndAnswerIsNotNull(sessionIds).stream()
                .map(i -> new Answer(i.getSessionId(), i.getTrainerId(), i.getAnswer(), i.getAnsweredAt())).toList();
    }

    /** How many answers of these trainers are kept (the preview of an erasure of their address). */
    @Transactional(readOnly = true)
    public int countAnswers(Collection<Long> trainerIds) {
        return trainerIds.isEmpty() ? 0 : (int) invites.countByTrainerIdInAndAnswerIsNotNull(trainerIds);
    }

    /**
     * Erasure of a trainer's address (AVG art. 17): the answers they gave to their invites, and when,
     * go. The invites themselves stay (the trainer still leads the sessions; the next update is sent
     * as before). Returns how many answers were cleared.
     */
    @Transactional
    public int forgetAnswers(Collection<Long> trainerIds) {
        return trainerIds.isEmpty() ? 0 : invites.clearAnswers(trainerIds);
    }

    /** A version of the trainer's invite was sent (REQUEST, or CANCEL when {@code inCalendar} is false). */
    @Transactional
    void sent(long trainerId, long sessionId, int sequence, boolean inCalendar) {
        var now = clock.instant();
        invites.findByTrainerIdAndSessionId(trainerId, sessionId).ifPresentOrElse(
                i -> i.sent(sequence, inCalendar, now),
                () -> invites.saveAndFlush(new TrainerInvite(trainerId, sessionId, sequence, inCalendar, now)));
    }
}
