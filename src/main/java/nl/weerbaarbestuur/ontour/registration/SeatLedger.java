package nl.weerbaarbestuur.ontour.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The seats of one session. Every allocation locks this row (SELECT ... FOR UPDATE), so that
 * confirmations of one session are decided one at a time by the database, whichever application
 * instance handles them; the waitlist sequence gives the exact order of confirmation.
 */
@Entity
@Table(name = "seat_ledger")
class SeatLedger {

    @Id
    @Column(name = "training_session_id")
    private long sessionId;

    @Column(nullable = false)
    private int capacity;

    @Column(nullable = false)
    private int taken;

    @Column(name = "waitlist_sequence", nullable = false)
    private long waitlistSequence;

    protected SeatLedger() {
    }

    SeatLedger(long sessionId, int capacity) {
        this.sessionId = sessionId;
        this.capacity = capacity;
    }

    boolean tryTakeSeat() {
        if (taken >= capacity) {
            return false;
        }
        taken++;
        return true;
    }

    long nextWaitlistPosition() {
        return ++waitlistSequence;
    }

    void freeSeat() {
        if (taken > 0) {
            taken--;
        }
    }

    void resize(int newCapacity) {
        this.capacity = newCapacity;
    }

    boolean hasFreeSeat() {
        return taken < capacity;
    }

    long getSessionId() {
        return sessionId;
    }

    int getCapacity() {
        return capacity;
    }

    int getTaken() {
        return taken;
    }
}
