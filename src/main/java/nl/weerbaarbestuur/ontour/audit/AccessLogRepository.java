package nl.weerbaarbestuur.ontour.audit;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccessLogRepository extends JpaRepository<AccessLogEntry, Long>, JpaSpecificationExecutor<AccessLogEntry> {

    List<AccessLogEntry> findBySessionIdOrderByIdAsc(long sessionId);

    @Query("""
            select e from AccessLogEntry e
            where (e.sessionId in :sessionIds and e.registrationId is null) or e.registrationId in :registrationIds
            order by e.accessedAt, e.id""")
    List<AccessLogEntry> findConcerning(Collection<Long> sessionIds, Collection<Long> registrationIds);

    @Query("select distinct e.accountEmail from AccessLogEntry e order by e.accountEmail")
    List<String> findAccounts();

    @Query("""
            select e.sessionId, max(e.sessionTitle) from AccessLogEntry e where e.sessionId is not null
            group by e.sessionId order by e.sessionId desc""")
    List<Object[]> findSessions();

    @Modifying
    @Query("delete from AccessLogEntry e where e.accessedAt <= :cutoff")
    int deleteOlderThan(Instant cutoff);
}
