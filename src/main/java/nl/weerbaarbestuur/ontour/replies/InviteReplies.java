package nl.weerbaarbestuur.ontour.replies;

import java.time.Clock;
import nl.weerbaarbestuur.ontour.calendar.CalendarInvites;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Acts on one reply from the reply mailbox. The message is claimed first (a row keyed by its
 * Message-ID, unique), so it is acted on once however often it arrives and however many instances
 * read the mailbox. Only a reply that is what it says is acted on:
 * <ul>
 * <li>it names the UID of a participant's invite, with that invite's current SEQUENCE;</li>
 * <li>its From, its ATTENDEE and the registration's address are the same, and the receiving server
 * did not report SPF or DMARC failing (see SECURITY.md for what this does not catch).</li>
 * </ul>
 * DECLINED cancels the registration as the manage link would (the seat goes to the next in line)
 * and tells the participant; ACCEPTED and TENTATIVE are recorded; the rest is logged only.
 */
@Service
public class InviteReplies {

    private static final Logger log = LoggerFactory.getLogger(InviteReplies.class);

    private final CalendarReplyRepository replies;
    private final CalendarInvites invites;
    private final Attendees attendees;
    private final ParticipantRegistrations registrations;
    private final DeclineMail declineMail;
    private final Clock clock;

    InviteReplies(CalendarReplyRepository replies, CalendarInvites invites, Attendees attendees,
                  ParticipantRegistrations registrations, DeclineMail declineMail, Clock clock) {
        this.replies = replies;
        this.invites = invites;
        this.attendees = attendees;
        this.registrations = registrations;
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
        var outcome = decide(reply, message, row);
        log.info("Calendar reply {} ({}) for invite {}: {}", reply.partStat(), reply.method(), reply.uid(), outcome);
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
        var registered = attendee.get().email();
        if (message.from() == null || !same(message.from(), reply.attendee()) || !same(reply.attendee(), registered)) {
            log.warn("Suspect calendar reply for registration {}: sender, attendee and registration differ", registrationId);
            return recorded(row, ReplyOutcome.SUSPECT, reply, registrationId, "From, ATTENDEE and registration differ");
        }
        if (message.authenticationFailed()) {
            log.warn("Suspect calendar reply for registration {}: SPF or DMARC failed", registrationId);
            return recorded(row, ReplyOutcome.SUSPECT, reply, registrationId, "Authentication-Results: spf or dmarc fail");
        }
        if (reply.method().equals("COUNTER")) {
            return recorded(row, ReplyOutcome.COUNTER, reply, registrationId, null);
        }
        if (reply.sequence() != invite.get().sequence()) {
            return recorded(row, ReplyOutcome.OUT_OF_DATE, reply, registrationId, "current sequence " + invite.get().sequence());
        }
        return switch (reply.partStat()) {
            case "DECLINED" -> {
                if (invite.get().inCalendar() && registrations.cancelByCalendarDecline(registrationId)) {
                    declineMail.send(attendee.get());
                    yield recorded(row, ReplyOutcome.DECLINED_CANCELLED, reply, registrationId, null);
                }
                yield recorded(row, ReplyOutcome.DECLINED_NOTHING_TO_CANCEL, reply, registrationId, null);
            }
            case "ACCEPTED" -> recorded(row, ReplyOutcome.ACCEPTED, reply, registrationId, null);
            case "TENTATIVE" -> recorded(row, ReplyOutcome.TENTATIVE, reply, registrationId, null);
            default -> recorded(row, ReplyOutcome.OTHER_ANSWER, reply, registrationId, null);
        };
    }

    private static boolean same(String a, String b) {
        var normalised = EmailAddresses.normalise(a);
        return !normalised.isEmpty() && normalised.equals(EmailAddresses.normalise(b));
    }

    private static ReplyOutcome recorded(CalendarReply row, ReplyOutcome outcome, ItipReply reply, @Nullable Long registrationId,
                                         @Nullable String detail) {
        row.record(outcome, reply, registrationId, detail);
        return outcome;
    }

    /** Forgets handled replies older than the log's retention; returns how many. */
    @Transactional
    int forgetOld(java.time.Duration retention) {
        return replies.deleteHandledBefore(clock.instant().minus(retention));
    }
}
