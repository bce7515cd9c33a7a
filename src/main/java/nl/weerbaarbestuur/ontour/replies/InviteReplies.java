package nl.weerbaarbestuur.ontour.replies;

import java.time.Clock;
import nl.weerbaarbestuur.ontour.calendar.CalendarInvites;
import nl.weerbaarbestuur.ontour.calendar.TrainerInviteReplies;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.CalendarAnswers;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on one reply from the reply mailbox. The message is claimed first (a row keyed by its
 * Message-ID, unique), so it is acted on once however often it arrives and however many instances
 * read the mailbox: a second reader's claim waits for the first one's commit and then fails. Only a
 * reply that is what it says is acted on ({@link ReplyChecks}):
 * <ul>
 * <li>it names the UID of a participant's or trainer's invite, with that invite's current SEQUENCE;</li>
 * <li>its From, its ATTENDEE and the invited address are the same, and the receiving server did not
 * report SPF or DMARC failing (see SECURITY.md for what this does not catch).</li>
 * </ul>
 * A participant's DECLINED cancels the registration as the manage link would (the seat goes to the
 * next in line) and tells the participant; ACCEPTED and TENTATIVE are recorded on the registration
 * (the attendee list and the check-in page show them). A trainer's answer is recorded for the
 * organisers ({@link TrainerReplies}), never acted on. The rest is logged only.
 */
@Service
public class InviteReplies {

    private static final Logger log = LoggerFactory.getLogger(InviteReplies.class);

    private final CalendarReplyRepository replies;
    private final CalendarInvites invites;
    private final TrainerInviteReplies trainerInvites;
    private final TrainerReplies trainers;
    private final Attendees attendees;
    private final ParticipantRegistrations registrations;
    private final CalendarAnswers answers;
    private final DeclineMail declineMail;
    private final Clock clock;

    InviteReplies(CalendarReplyRepository replies, CalendarInvites invites, TrainerInviteReplies trainerInvites,
                  TrainerReplies trainers, Attendees attendees, ParticipantRegistrations registrations, CalendarAnswers answers,
                  DeclineMail declineMail, Clock clock) {
        this.replies = replies;
        this.invites = invites;
        this.trainerInvites = trainerInvites;
        this.trainers = trainers;
        this.attendees = attendees;
        this.registrations = registrations;
        this.answers = answers;
        this.declineMail = declineMail;
        this.clock = clock;
    }

    /** Handles one message and says which folder it goes to; runs in one transaction with the claim. */
    @Transactional
    ReplyOutcome handle(ReplyMessage message) {
        if (replies.existsByMessageKey(message.key())) {
            return ReplyOutcome.DUPLICATE;
        }
        // The claim: a second instance handling the same message waits here for this one's commit, then fails.
        var row = replies.saveAndFlush(new CalendarReply(message.key(), message.from(), clock.instant()));
        if (message.setAside() != null || message.calendar() == null) {
            var outcome = message.setAside() == null ? ReplyOutcome.NOT_A_REPLY : message.setAside();
            row.record(outcome, null, null, message.detail());
            return outcome;
        }
        ItipReply reply;
        try {
            reply = ItipReply.parse(message.calendar());
        } catch (ItipReply.Unreadable e) {
            row.record(ReplyOutcome.MALFORMED, null, null, e.getMessage());
            return ReplyOutcome.MALFORMED;
        }
        var trainerInvite = trainerInvites.sentInvite(reply.uid());
        var outcome = trainerInvite.isPresent() ? trainers.decide(reply, message, row, trainerInvite.get())
                : decide(reply, message, row);
        // Only what is ours is repeated: a forged reply's UID or PARTSTAT could hold control characters, links or pages of text.
        log.info("Calendar reply {} ({}) for invite {}: {}", OwnText.partStat(reply.partStat()), reply.method(),
                OwnText.uid(reply.uid()), outcome);
        return outcome;
    }

    private ReplyOutcome decide(ItipReply reply, ReplyMessage message, CalendarReply row) {
        var invite = invites.sentInvite(reply.uid());
        if (invite.isEmpty()) {
            return recorded(row, ReplyOutcome.UNKNOWN_INVITE, reply, null, null);
        }
        long registrationId = invite.get().registrationId();
        var attendee = attendees.find(registrationId);
        if (attendee.isEmpty()) {
            return recorded(row, ReplyOutcome.UNKNOWN_INVITE, reply, registrationId, "registration gone");
        }
        var refusal = ReplyChecks.refusal(reply, message, attendee.get().email(), invite.get().sequence());
        if (refusal.isPresent()) {
            var why = refusal.get();
            if (why.outcome() == ReplyOutcome.SUSPECT) {
                log.warn("Suspect calendar reply for registration {}: {}", registrationId, why.reason());
            } else if (why.outcome() == ReplyOutcome.OUT_OF_DATE) {
                log.info("Calendar reply for registration {} ignored: it {}", registrationId, why.reason());
            }
            return recorded(row, why.outcome(), reply, registrationId, why.reason());
        }
        var answer = CalendarAnswer.ofPartStat(reply.partStat());
        if (answer.isEmpty()) {
            return recorded(row, ReplyOutcome.OTHER_ANSWER, reply, registrationId, null);
        }
        return switch (answer.get()) {
            case DECLINED -> {
                if (invite.get().inCalendar() && registrations.cancelByCalendarDecline(registrationId)) {
                    answers.record(registrationId, CalendarAnswer.DECLINED);
                    declineMail.send(attendee.get());
                    yield recorded(row, ReplyOutcome.DECLINED_CANCELLED, reply, registrationId, null);
                }
                yield recorded(row, ReplyOutcome.DECLINED_NOTHING_TO_CANCEL, reply, registrationId, null);
            }
            case ACCEPTED, TENTATIVE -> {
                boolean kept = invite.get().inCalendar() && attendee.get().holdsSeat()
                        && answers.record(registrationId, answer.get());
                yield recorded(row, answer.get() == CalendarAnswer.ACCEPTED ? ReplyOutcome.ACCEPTED : ReplyOutcome.TENTATIVE,
                        reply, registrationId, kept ? null : "not kept: no seat held");
            }
        };
    }

    private static ReplyOutcome recorded(CalendarReply row, ReplyOutcome outcome, ItipReply reply, @Nullable Long registrationId,
                                         @Nullable String detail) {
        row.record(outcome, reply, registrationId, detail);
        return outcome;
    }
}
