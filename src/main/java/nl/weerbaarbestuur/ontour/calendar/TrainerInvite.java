package nl.weerbaarbestuur.ontour.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * A trainer's invite for one session as it was last sent: its SEQUENCE (the session's version
 * then), whether the trainer's calendar holds it, and what the trainer answered to that version.
 * A newer version asks again, so sending one forgets the answer; an older one never overwrites.
 */
@Entity
@Table(name = "calendar_trainer_invite")
class TrainerInvite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "trainer_id", nullable = false)
    private long trainerId;

    @Column(name = "training_session_id", nullable = false)
    private long sessionId;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Column(name = "in_calendar", nullable = false)
    private boolean inCalendar;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 20)
    private @Nullable CalendarAnswer answer;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    protected TrainerInvite() {
    }

    TrainerInvite(long trainerId, long sessionId, int sequence, boolean inCalendar, Instant now) {
        this.trainerId = trainerId;
        this.sessionId = sessionId;
        this.sequence = sequence;
        this.inCalendar = inCalendar;
        this.sentAt = now;
    }

    /** Another version was sent (REQUEST or CANCEL); one older than the last is ignored. */
    void sent(int newSequence, boolean nowInCalendar, Instant now) {
        if (newSequence < sequence) {
            return;
        }
        if (newSequence > sequence || nowInCalendar != inCalendar) {
            answer = null;
            answeredAt = null;
        }
        sequence = newSequence;
        inCalendar = nowInCalendar;
        sentAt = now;
    }

    void answer(CalendarAnswer given, Instant at) {
        answer = Objects.requireNonNull(given);
        answeredAt = at;
    }

    long getTrainerId() {
        return trainerId;
    }

    long getSessionId() {
        return sessionId;
    }

    int getSequence() {
        return sequence;
    }

    boolean isInCalendar() {
        return inCalendar;
    }

    @Nullable CalendarAnswer getAnswer() {
        return answer;
    }

    @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }
}
