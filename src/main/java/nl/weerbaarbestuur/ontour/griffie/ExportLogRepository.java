package nl.weerbaarbestuur.ontour.griffie;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportLogRepository extends JpaRepository<ExportLogEntry, Long> {

    List<ExportLogEntry> findTop500ByOrderByExportedAtDescIdDesc();

    List<ExportLogEntry> findBySessionIdOrderByIdAsc(long sessionId);

    @org.springframework.data.jpa.repository.Modifying(clearAutomatically = true, flushAutomatically = true)
    @org.springframework.data.jpa.repository.Query("delete from ExportLogEntry e where e.exportedAt <= :cutoff")
    int deleteOlderThan(java.time.Instant cutoff);
}
