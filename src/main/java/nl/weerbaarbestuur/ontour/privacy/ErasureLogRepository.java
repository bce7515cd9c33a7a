package nl.weerbaarbestuur.ontour.privacy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ErasureLogRepository extends JpaRepository<ErasureLogEntry, Long> {

    List<ErasureLogEntry> findTop50ByOrderByIdDesc();

    List<ErasureLogEntry> findByPersonKeyOrderByIdAsc(String personKey);
}
