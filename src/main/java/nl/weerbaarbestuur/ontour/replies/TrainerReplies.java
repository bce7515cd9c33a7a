package nl.weerbaarbestuur.ontour.replies;

import nl.weerbaarbestuur.ontour.calendar.TrainerInviteReplies;
import nl.weerbaarbestuur.ontour.calendar.TrainerInviteReplies.SentTrainerInvite;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A trainer's reply to their invite, after the same checks as a participant's ({@link ReplyChecks}):
 * the answer is recorded with the invite, where the session editor and the organiser's dashboard
 * show it. It never cancels or changes anything: a trainer who declines stays on the session until
 * an organiser has found someone else, so the session is never left without a trainer by a click.
 */
@Component
class TrainerReplies {

    private static final Logger log = LoggerFactory.getLogger(TrainerReplies.class);

    private final TrainerInviteReplies invites;

    TrainerReplies(TrainerInviteReplies invites) {
        this.invites = invites;
    }

    /** Runs inside the transaction of {@link InviteReplies#handle}. */
    ReplyOutcome decide(ItipReply reply, ReplyMessage message, CalendarReply row, SentTrainerInvite invite) {
        var refusal = ReplyChecks.refusal(reply, message, invite.trainerEmail(), invite.sequence());
        if (refusal.isPresent()) {
            var why = refusal.get();
            if (why.outcome() == ReplyOutcome.SUSPECT) {
                log.warn("Suspect calendar reply for trainer {}, session {}: {}", invite.trainerId(), invite.sessionId(), why.reason());
            } else if (why.outcome() == ReplyOutcome.OUT_OF_DATE) {
                log.info("Calendar reply of trainer {} for session {} ignored: it {}", invite.trainerId(), invite.sessionId(),
                        why.reason());
            }
            row.recordTrainer(why.outcome(), reply, invite.trainerId(), why.reason());
            return why.outcome();
        }
        var answer = CalendarAnswer.ofPartStat(reply.partStat());
        if (answer.isEmpty()) {
            row.recordTrainer(ReplyOutcome.OTHER_ANSWER, reply, invite.trainerId(), null);
            return ReplyOutcome.OTHER_ANSWER;
        }
        boolean kept = invite.inCalendar() && invites.record(invite.trainerId(), invite.sessionId(), answer.get());
        if (kept && answer.get() == CalendarAnswer.DECLINED) {
            log.info("Trainer {} declined the invite for session {}: shown to the organisers, nothing cancelled",
                    invite.trainerId(), invite.sessionId());
        }
        row.recordTrainer(ReplyOutcome.TRAINER_ANSWER, reply, invite.trainerId(), kept ? null : "not kept: no longer invited");
        return ReplyOutcome.TRAINER_ANSWER;
    }
}
