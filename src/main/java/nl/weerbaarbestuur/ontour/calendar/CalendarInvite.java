package nl.weerbaarbestuur.ontour.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What one participant's calendar holds of one session: the UID that never changes, the SEQUENCE
 * last sent and the facts it showed. Every new version raises the sequence, so calendars apply
 * updates and cancellations in order.
 */
@Entity
@Table(name = "calendar_invite")
class CalendarInvite {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "training_session_id", nullable = false)
    private long sessionId;

    @Column(nullable = false, length = 200)
    private String uid;

    @Column(name = "sequence_no", nullable = false)
    private int sequence;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "last_method", nullable = false, length = 10)
    private InviteMethod lastMethod;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(name = "sent_starts_at", nullable = false)
    private Instant sentStartsAt;

    @Column(name = "sent_ends_at", nullable = false)
    private Instant sentEndsAt;

    @Column(name = "sent_location", length = 500)
    private @Nullable String sentLocation;

    @Column(name = "sent_meeting_url", length = 500)
    private @Nullable String sentMeetingUrl;

    @Column(name = "pending_since")
    private @Nullable Instant pendingSince;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected CalendarInvite() {
    }

    /** The first invite: SEQUENCE 0. */
    CalendarInvite(long registrationId, long sessionId, InviteFacts facts, Instant now) {
        this.registrationId = registrationId;
        this.sessionId = sessionId;
        this.uid = uidFor(registrationId, sessionId);
        this.sequence = 0;
        this.lastMethod = InviteMethod.REQUEST;
        remember(facts, now);
    }

    /** Stable per registration and session; a registration belongs to exactly one session. */
    static String uidFor(long registrationId, long sessionId) {
        return InviteUids.participant(registrationId, sessionId);
    }

    /** A new version goes out: REQUEST (again, e.g. after a change) or CANCEL. */
    void send(InviteMethod method, InviteFacts facts, Instant now) {
        sequence++;
        lastMethod = method;
        remember(facts, now);
    }

    /** Nothing to send after all (changed back, or the participant no longer holds a seat). */
    void settle(Instant now) {
        pendingSince = null;
        updatedAt = now;
    }

    boolean isInCalendar() {
        return lastMethod == InviteMethod.REQUEST;
    }

    private void remember(InviteFacts facts, Instant now) {
        fingerprint = facts.fingerprint();
        sentStartsAt = facts.start();
        sentEndsAt = facts.end();
        sentLocation = facts.location();
        sentMeetingUrl = facts.meetingUrl();
        pendingSince = null;
        updatedAt = now;
    }

    InviteFacts sentFacts() {
        return new InviteFacts(sentStartsAt, sentEndsAt, sentLocation, sentMeetingUrl, lastMethod == InviteMethod.CANCEL);
    }

    Long getId() {
        return id;
    }

    long getRegistrationId() {
        return registrationId;
    }

    long getSessionId() {
        return sessionId;
    }

    String getUid() {
        return uid;
    }

    int getSequence() {
        return sequence;
    }

    InviteMethod getLastMethod() {
        return lastMethod;
    }

    String getFingerprint() {
        return fingerprint;
    }

    @Nullable Instant getPendingSince() {
        return pendingSince;
    }
}
