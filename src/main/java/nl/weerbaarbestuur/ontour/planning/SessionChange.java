package nl.weerbaarbestuur.ontour.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One line of a session's history: who changed what, and when. Written by the service, never edited. */
@Entity
@Table(name = "session_change")
public class SessionChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "training_session_id", nullable = false)
    private long sessionId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "changed_by", nullable = false, length = 254)
    private String changedBy;

    @Column(nullable = false, length = 40)
    private String kind;

    @Column(length = 2000)
    private @Nullable String details;

    protected SessionChange() {
    }

    SessionChange(long sessionId, Instant changedAt, String changedBy, String kind, @Nullable String details) {
        this.sessionId = sessionId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.kind = kind;
        this.details = details == null || details.length() <= 2000 ? details : details.substring(0, 1997) + "...";
    }

    public long getSessionId() {
        return sessionId;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** created, updated, rescheduled, moved, capacity, published, cancelled, completed. */
    public String getKind() {
        return kind;
    }

    public @Nullable String getDetails() {
        return details;
    }
}
