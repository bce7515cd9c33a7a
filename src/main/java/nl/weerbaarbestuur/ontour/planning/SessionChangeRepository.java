package nl.weerbaarbestuur.ontour.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionChangeRepository extends JpaRepository<SessionChange, Long> {

    List<SessionChange> findBySessionIdOrderByChangedAtDescIdDesc(long sessionId);
}
