package nl.weerbaarbestuur.ontour.province;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceRepository extends JpaRepository<Province, String> {

    List<Province> findAllByOrderByNameAsc();

    Optional<Province> findByNameIgnoreCase(String name);
}
