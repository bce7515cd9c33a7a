package nl.weerbaarbestuur.ontour.tourplanning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceWishRepository extends JpaRepository<ProvinceWish, Long> {

    Optional<ProvinceWish> findByTourIdAndProvinceCode(long tourId, String provinceCode);

    List<ProvinceWish> findByTourId(long tourId);
}
