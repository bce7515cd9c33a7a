package nl.weerbaarbestuur.ontour.planning;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TourRepository extends JpaRepository<Tour, Long> {

    Optional<Tour> findByName(String name);
}
