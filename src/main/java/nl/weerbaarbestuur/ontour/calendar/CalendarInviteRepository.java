package nl.weerbaarbestuur.ontour.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CalendarInviteRepository extends JpaRepository<CalendarInvite, Long> {

    Optional<CalendarInvite> findByRegistrationId(long registrationId);

    List<CalendarInvite> findBySessionId(long sessionId);

    @Query("select i from CalendarInvite i where i.pendingSince is not null and i.pendingSince <= :quietSince order by i.id")
    List<CalendarInvite> findQuietSince(Instant quietSince);
}
