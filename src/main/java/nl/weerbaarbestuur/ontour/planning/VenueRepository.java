package nl.weerbaarbestuur.ontour.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface VenueRepository extends JpaRepository<Venue, Long> {

    List<Venue> findByProvinceCodeOrderByNameAsc(String provinceCode);
}
