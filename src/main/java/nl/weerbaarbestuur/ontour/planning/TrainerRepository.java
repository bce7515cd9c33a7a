package nl.weerbaarbestuur.ontour.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainerRepository extends JpaRepository<Trainer, Long> {
}
