package nl.weerbaarbestuur.ontour.griffie;

import org.springframework.data.jpa.repository.JpaRepository;

interface GriffieVisitRepository extends JpaRepository<GriffieVisit, String> {
}
