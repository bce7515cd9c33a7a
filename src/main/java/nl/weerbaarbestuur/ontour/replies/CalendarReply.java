package nl.weerbaarbestuur.ontour.replies;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * One message handled from the reply mailbox (the "agenda-antwoorden" log). Its key, from the
 * Message-ID, is unique: the row is written before anything is done, so a message delivered twice,
 * or seen by two instances at once, is acted on once.
 */
@Entity
@Table(name = "calendar_reply")
class CalendarReply {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "message_key", nullable = false, length = 64)
    private String messageKey;

    @Column(name = "handled_at", nullable = false)
    private Instant handledAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ReplyOutcome outcome;

    @Column(name = "part_stat", length = 20)
    private @Nullable String partStat;

    @Column(length = 200)
    private @Nullable String uid;

    @Column(name = "reply_sequence")
    private @Nullable Integer replySequence;

    @Column(name = "registration_id")
    private @Nullable Long registrationId;

    @Column(name = "trainer_id")
    private @Nullable Long trainerId;

    @Column(length = 254)
    private @Nullable String sender;

    @Column(length = 500)
    private @Nullable String detail;

    protected CalendarReply() {
    }

    /** The claim: written first, with the outcome not yet known (NOT_A_REPLY until {@link #record}). */
    CalendarReply(String messageKey, @Nullable String sender, Instant now) {
        this.messageKey = messageKey;
        this.sender = cut(sender, 254);
        this.handledAt = now;
        this.outcome = ReplyOutcome.NOT_A_REPLY;
    }

    /** A reply to a trainer's invite: the row names the trainer instead of a registration. */
    void recordTrainer(ReplyOutcome outcome, ItipReply reply, long trainerId, @Nullable String detail) {
        this.trainerId = trainerId;
        record(outcome, reply, null, detail);
    }

    void record(ReplyOutcome outcome, @Nullable ItipReply reply, @Nullable Long registrationId, @Nullable String detail) {
        this.outcome = outcome;
        this.registrationId = registrationId;
        this.detail = cut(detail, 500);
        if (reply != null) {
            this.partStat = cut(reply.partStat(), 20);
            this.uid = cut(reply.uid(), 200);
            this.replySequence = reply.sequence();
        }
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    Long getId() {
        return java.util.Objects.requireNonNull(id, "saved");
    }

    Instant getHandledAt() {
        return handledAt;
    }

    ReplyOutcome getOutcome() {
        return outcome;
    }

    @Nullable Long getRegistrationId() {
        return registrationId;
    }

    @Nullable String getPartStat() {
        return partStat;
    }

    @Nullable String getDetail() {
        return detail;
    }

    @Nullable String getUid() {
        return uid;
    }

    @Nullable Long getTrainerId() {
        return trainerId;
    }

    @Nullable String getSender() {
        return sender;
    }
}
