package nl.weerbaarbestuur.ontour.registration;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ManageLinkRepository extends JpaRepository<ManageLink, Long> {

    Optional<ManageLink> findByTokenHashAndRevokedAtIsNull(String tokenHash);

    List<ManageLink> findByRegistrationIdAndRevokedAtIsNullOrderByCreatedAtAscIdAsc(long registrationId);

    List<ManageLink> findByRegistrationId(long registrationId);
}
