package nl.weerbaarbestuur.ontour.privacy;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface InzageLinkRepository extends JpaRepository<InzageLink, Long> {

    Optional<InzageLink> findByTokenHash(String tokenHash);

    long countByRegistrationIdAndCreatedAtAfter(long registrationId, Instant after);

    @org.springframework.data.jpa.repository.Modifying
    @org.springframework.data.jpa.repository.Query("delete from InzageLink l where l.expiresAt <= :now and l.createdAt <= :countedSince")
    int deleteExpired(Instant now, Instant countedSince);
}
