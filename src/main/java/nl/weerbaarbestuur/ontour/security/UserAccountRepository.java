package nl.weerbaarbestuur.ontour.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    /** Exact match: pass the normalised address (shared.EmailAddresses); the column compares binary. */
    Optional<UserAccount> findByEmail(String normalisedEmail);

    boolean existsByEmail(String normalisedEmail);

    @Query("select a.id from UserAccount a where a.email = :email")
    Optional<Long> findIdByEmail(@Param("email") String normalisedEmail);

    long countByRoleAndActiveTrue(Role role);

    List<UserAccount> findAllByOrderByRoleAscDisplayNameAsc();

    /**
     * A bulk update that leaves the version alone: parallel sign-ins of one account (a script
     * calling the API with HTTP Basic) must not fail each other, nor an organiser's edit of it.
     */
    @Modifying
    @Query("update UserAccount a set a.lastLoginAt = :when where a.id = :id")
    int recordLogin(@Param("id") long id, @Param("when") Instant when);
}
