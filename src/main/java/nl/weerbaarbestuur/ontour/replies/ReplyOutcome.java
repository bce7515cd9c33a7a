package nl.weerbaarbestuur.ontour.replies;

/**
 * What became of one message in the reply mailbox, and the folder it is moved to: {@code Verwerkt}
 * for replies to a known invite (acted on or only recorded), {@code Onbekend} for everything a
 * person should look at (unknown, suspect, broken, not a reply, too large).
 */
enum ReplyOutcome {
    /** DECLINED: the registration was cancelled, the seat freed. */
    DECLINED_CANCELLED(true),
    /** DECLINED, but the registration held nothing any more (already cancelled, or the invite withdrawn). */
    DECLINED_NOTHING_TO_CANCEL(true),
    ACCEPTED(true),
    TENTATIVE(true),
    /** DELEGATED, NEEDS-ACTION or another participation status: recorded, nothing changed. */
    OTHER_ANSWER(true),
    /** A trainer's answer to their invite: recorded for the organisers (a decline is shown, never acted on). */
    TRAINER_ANSWER(true),
    /** A counter-proposal (METHOD:COUNTER): recorded, nothing changed. */
    COUNTER(true),
    /** A reply to another version of the invite than the current one (its SEQUENCE, 0 when absent): recorded, nothing changed. */
    OUT_OF_DATE(true),
    /** The same message again (same Message-ID): nothing done. Not logged again. */
    DUPLICATE(true),
    /** No invite of a participant or trainer has this UID. */
    UNKNOWN_INVITE(false),
    /** From, ATTENDEE and the registration's address disagree, or the receiving server saw SPF or DMARC fail. */
    SUSPECT(false),
    /** A calendar that cannot be read, or with several events or attendees. */
    MALFORMED(false),
    /** No calendar reply in the message. */
    NOT_A_REPLY(false),
    /** Larger than ontour.replies.max-message-size: not read. */
    TOO_LARGE(false);

    static final String PROCESSED_FOLDER = "Verwerkt";
    static final String UNKNOWN_FOLDER = "Onbekend";

    private final boolean processed;

    ReplyOutcome(boolean processed) {
        this.processed = processed;
    }

    String folder() {
        return processed ? PROCESSED_FOLDER : UNKNOWN_FOLDER;
    }
}
