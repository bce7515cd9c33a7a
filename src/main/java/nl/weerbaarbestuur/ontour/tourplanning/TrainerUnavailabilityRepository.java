package nl.weerbaarbestuur.ontour.tourplanning;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainerUnavailabilityRepository extends JpaRepository<TrainerUnavailability, Long> {
}
