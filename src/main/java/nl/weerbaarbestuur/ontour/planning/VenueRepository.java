package nl.weerbaarbestuur.ontour.planning;

import org.springframework.data.jpa.repository.JpaRepository;

interface VenueRepository extends JpaRepository<Venue, Long> {
}
