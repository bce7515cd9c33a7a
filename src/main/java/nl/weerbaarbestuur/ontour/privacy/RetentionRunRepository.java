package nl.weerbaarbestuur.ontour.privacy;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionRunRepository extends JpaRepository<RetentionRun, Long> {

    Optional<RetentionRun> findFirstByOrderByIdDesc();

    List<RetentionRun> findTop20ByOrderByIdDesc();
}
