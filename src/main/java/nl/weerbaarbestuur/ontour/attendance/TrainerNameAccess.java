package nl.weerbaarbestuur.ontour.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An organiser allowed the trainers of this session to see the attendees' names (by default they see counts). */
@Entity
@Table(name = "attendance_trainer_access")
class TrainerNameAccess {

    @Id
    @Column(name = "training_session_id")
    private long sessionId;

    @Column(name = "allowed_by", nullable = false, length = 254)
    private String allowedBy;

    @Column(name = "allowed_at", nullable = false)
    private Instant allowedAt;

    protected TrainerNameAccess() {
    }

    TrainerNameAccess(long sessionId, String allowedBy, Instant allowedAt) {
        this.sessionId = sessionId;
        this.allowedBy = allowedBy;
        this.allowedAt = allowedAt;
    }
}
