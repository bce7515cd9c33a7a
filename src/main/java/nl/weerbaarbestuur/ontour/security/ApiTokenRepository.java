package nl.weerbaarbestuur.ontour.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ApiTokenRepository extends JpaRepository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    List<ApiToken> findByUserAccountIdOrderByCreatedAtDescIdDesc(long userAccountId);

    long countByUserAccountIdAndRevokedFalse(long userAccountId);

    /**
     * A bulk update, so that parallel requests with one token never collide on the entity's
     * version; writes at most once per {@code notBefore} interval.
     */
    @Modifying
    @Query("update ApiToken t set t.lastUsedAt = :now where t.id = :id and (t.lastUsedAt is null or t.lastUsedAt < :notBefore)")
    int recordUse(@Param("id") long id, @Param("now") Instant now, @Param("notBefore") Instant notBefore);
}
