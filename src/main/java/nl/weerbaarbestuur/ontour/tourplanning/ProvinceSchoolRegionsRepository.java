package nl.weerbaarbestuur.ontour.tourplanning;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProvinceSchoolRegionsRepository extends JpaRepository<ProvinceSchoolRegions, String> {
}
