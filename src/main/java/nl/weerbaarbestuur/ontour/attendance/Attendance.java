package nl.weerbaarbestuur.ontour.attendance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.AttendeeCheckedIn;
import nl.weerbaarbestuur.ontour.attendance.AttendanceEvents.CheckInUndone;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * What happened on the day with one registration: checked in (by whom, when), came in as a
 * walk-in, or did not come (no-show). It guards its own changes: a no-show is only recorded
 * for someone not checked in, and checking in later corrects a no-show. A check-in and its undo
 * register their events here, published when the record is saved (the no-shows of a session are
 * announced together, by the service).
 */
@Entity
@Table(name = "attendance")
class Attendance extends AbstractAggregateRoot<Attendance> {

    @Id
    @Column(name = "registration_id")
    private long registrationId;

    @Column(name = "training_session_id", nullable = false)
    private long sessionId;

    @Column(name = "checked_in_at")
    private @Nullable Instant checkedInAt;

    @Column(name = "checked_in_by", length = 254)
    private @Nullable String checkedInBy;

    @Column(name = "no_show", nullable = false)
    private boolean noShow;

    @Column(name = "walk_in", nullable = false)
    private boolean walkIn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected Attendance() {
    }

    Attendance(long registrationId, long sessionId, boolean walkIn, Instant now) {
        this.registrationId = registrationId;
        this.sessionId = sessionId;
        this.walkIn = walkIn;
        this.recordedAt = now;
    }

    /** @return false when already checked in (nothing changes: a second device tapped too) */
    boolean checkIn(String by, Instant now) {
        if (isCheckedIn()) {
            return false;
        }
        checkedInAt = now;
        checkedInBy = by;
        noShow = false;
        recordedAt = now;
        registerEvent(new AttendeeCheckedIn(registrationId, sessionId, now, walkIn));
        return true;
    }

    /** @return false when there was no check-in to undo */
    boolean undo(Instant now) {
        if (!isCheckedIn()) {
            return false;
        }
        checkedInAt = null;
        checkedInBy = null;
        recordedAt = now;
        registerEvent(new CheckInUndone(registrationId, sessionId));
        return true;
    }

    /** @return false when the person was checked in or already marked */
    boolean markNoShow(Instant now) {
        if (isCheckedIn()) {
            throw new BusinessRuleException("results.attendance.error.checked-in-not-no-show");
        }
        if (noShow) {
            return false;
        }
        noShow = true;
        recordedAt = now;
        return true;
    }

    boolean isCheckedIn() {
        return checkedInAt != null;
    }

    long getRegistrationId() {
        return registrationId;
    }

    long getSessionId() {
        return sessionId;
    }

    @Nullable Instant getCheckedInAt() {
        return checkedInAt;
    }

    @Nullable String getCheckedInBy() {
        return checkedInBy;
    }

    boolean isNoShow() {
        return noShow;
    }

    boolean isWalkIn() {
        return walkIn;
    }
}
