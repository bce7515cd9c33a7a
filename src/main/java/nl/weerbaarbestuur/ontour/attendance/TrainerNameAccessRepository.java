package nl.weerbaarbestuur.ontour.attendance;

import org.springframework.data.jpa.repository.JpaRepository;

interface TrainerNameAccessRepository extends JpaRepository<TrainerNameAccess, Long> {
}
