package nl.weerbaarbestuur.ontour.griffie;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExportLogRepository extends JpaRepository<ExportLogEntry, Long> {

    List<ExportLogEntry> findTop500ByOrderByExportedAtDescIdDesc();

    List<ExportLogEntry> findBySessionIdOrderByIdAsc(long sessionId);
}
