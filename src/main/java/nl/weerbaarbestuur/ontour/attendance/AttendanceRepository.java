package nl.weerbaarbestuur.ontour.attendance;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AttendanceRepository extends JpaRepository<Attendance, Long> {

    /** A locking read: always the latest committed state, also under repeatable read. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from Attendance a where a.registrationId = :registrationId")
    Optional<Attendance> findLocked(long registrationId);

    List<Attendance> findBySessionId(long sessionId);

    List<Attendance> findBySessionIdIn(Collection<Long> sessionIds);
}
