package nl.weerbaarbestuur.ontour.registration;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SeatLedgerRepository extends JpaRepository<SeatLedger, Long> {

    /** Creates the ledger if it is missing; a concurrent creator makes this a no-op, not an error. */
    @Modifying
    @Query(value = """
            insert ignore into seat_ledger (training_session_id, capacity, taken, waitlist_sequence)
            values (:sessionId, :capacity, 0, 0)""", nativeQuery = true)
    int createIfMissing(long sessionId, int capacity);
}
