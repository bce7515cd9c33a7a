package nl.weerbaarbestuur.ontour.replies;

import java.util.Optional;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import org.jspecify.annotations.Nullable;

/**
 * The checks every reply passes before it is recorded as an answer, for a participant's invite and
 * a trainer's alike: it comes from the invited address (From, ATTENDEE and the invite's address are
 * the same), the receiving server did not see SPF or DMARC fail, it is an answer (not a
 * counter-proposal), and it answers the invite's current version. A reply without SEQUENCE answers
 * version 0 (RFC 5546, read so by {@link ItipReply}); one to another version than the last sent is
 * ignored, since the calendar that sent it shows a time or place that no longer holds.
 */
final class ReplyChecks {

    /** Why a reply is not taken as an answer: the outcome to record and a reason without personal data. */
    record Refusal(ReplyOutcome outcome, @Nullable String reason) {
    }

    private ReplyChecks() {
    }

    static Optional<Refusal> refusal(ItipReply reply, ReplyMessage message, String invitedAddress, int currentSequence) {
        if (message.from() == null || !same(message.from(), reply.attendee()) || !same(reply.attendee(), invitedAddress)) {
            return Optional.of(new Refusal(ReplyOutcome.SUSPECT, "From, ATTENDEE and the invited address differ"));
        }
        if (message.authenticationFailed()) {
            return Optional.of(new Refusal(ReplyOutcome.SUSPECT, "Authentication-Results: spf or dmarc fail"));
        }
        if (reply.method().equals("COUNTER")) {
            return Optional.of(new Refusal(ReplyOutcome.COUNTER, null));
        }
        if (reply.sequence() < currentSequence) {
            return Optional.of(new Refusal(ReplyOutcome.OUT_OF_DATE,
                    "answers sequence " + reply.sequence() + ", an older version than the current " + currentSequence));
        }
        if (reply.sequence() > currentSequence) {
            return Optional.of(new Refusal(ReplyOutcome.OUT_OF_DATE,
                    "answers sequence " + reply.sequence() + ", newer than the current " + currentSequence + " (never sent)"));
        }
        return Optional.empty();
    }

    private static boolean same(String a, String b) {
        var normalised = EmailAddresses.normalise(a);
        return !normalised.isEmpty() && normalised.equals(EmailAddresses.normalise(b));
    }
}
