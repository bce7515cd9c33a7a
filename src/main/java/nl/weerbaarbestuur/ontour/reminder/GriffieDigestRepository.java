package nl.weerbaarbestuur.ontour.reminder;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface GriffieDigestRepository extends JpaRepository<GriffieDigest, Long> {

    Optional<GriffieDigest> findByUnsubscribeTokenHash(String hash);
}
