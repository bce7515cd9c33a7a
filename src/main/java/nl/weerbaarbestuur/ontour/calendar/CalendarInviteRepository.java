package nl.weerbaarbestuur.ontour.calendar;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarInviteRepository extends JpaRepository<CalendarInvite, Long> {

    Optional<CalendarInvite> findByRegistrationId(long registrationId);

    List<CalendarInvite> findBySessionId(long sessionId);

    Optional<CalendarInvite> findByUid(String uid);

    /**
     * Marks the invites in calendars as waiting for an update. Bumps the version, so a concurrent
     * run of the update job that read them before fails and tries again, instead of losing the mark.
     */
    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("""
            update CalendarInvite i set i.pendingSince = :now, i.updatedAt = :now, i.version = i.version + 1
            where i.sessionId = :sessionId and i.lastMethod = nl.weerbaarbestuur.ontour.calendar.InviteMethod.REQUEST""")
    int markChanged(long sessionId, Instant now);

    @Query("select i from CalendarInvite i where i.pendingSince is not null and i.pendingSince <= :quietSince order by i.id")
    List<CalendarInvite> findQuietSince(Instant quietSince);

    @Modifying(clearAutomatically = true, flushAutomatically = true)
    @Query("delete from CalendarInvite i where i.registrationId in :registrationIds")
    int deleteByRegistrationIds(java.util.Collection<Long> registrationIds);

    long countByRegistrationIdIn(java.util.Collection<Long> registrationIds);
}
