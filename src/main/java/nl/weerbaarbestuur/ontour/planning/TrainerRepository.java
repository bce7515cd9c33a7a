package nl.weerbaarbestuur.ontour.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainerRepository extends JpaRepository<Trainer, Long> {

    List<Trainer> findAllByOrderByNameAsc();

    Optional<Trainer> findByEmailIgnoreCase(String email);
}
