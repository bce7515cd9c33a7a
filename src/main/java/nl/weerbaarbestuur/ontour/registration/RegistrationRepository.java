package nl.weerbaarbestuur.ontour.registration;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findByConfirmationTokenHash(String hash);

    Optional<Registration> findByManageTokenHash(String hash);

    /**
     * The session's registrations for an address as stored: in lower case (callers pass the checked
     * address). Not {@code IgnoreCase}: {@code upper(email)} would read every registration of the
     * session instead of using the index on (session, email).
     */
    List<Registration> findBySessionIdAndEmailAndStatusIn(long sessionId, String email,
                                                          Collection<RegistrationStatus> statuses);

    long countBySessionIdAndStatus(long sessionId, RegistrationStatus status);

    /** Per session id: how many are on its waitlist; sessions without a waitlist are left out. */
    @Query("""
            select r.sessionId, count(r) from Registration r where r.sessionId in :sessionIds
            and r.status = nl.weerbaarbestuur.ontour.registration.RegistrationStatus.WAITLISTED group by r.sessionId""")
    List<Object[]> countWaitlisted(Collection<Long> sessionIds);

    /** Per session id and attendance mode: how many confirmed registrations chose it (hybrid sessions only choose). */
    @Query("""
            select r.sessionId, r.attendance, count(r) from Registration r where r.sessionId in :sessionIds
            and r.status = nl.weerbaarbestuur.ontour.registration.RegistrationStatus.CONFIRMED and r.attendance is not null
            group by r.sessionId, r.attendance""")
    List<Object[]> countConfirmedByAttendance(Collection<Long> sessionIds);

    @Query("select r.sessionId, r.status, count(r) from Registration r where r.sessionId in :sessionIds group by r.sessionId, r.status")
    List<Object[]> countByStatus(Collection<Long> sessionIds);

    @Query("""
            select r from Registration r where r.sessionId = :sessionId and r.status = nl.weerbaarbestuur.ontour.registration.RegistrationStatus.WAITLISTED
            order by r.waitlistPosition asc, r.id asc limit 1""")
    Optional<Registration> findFirstWaitlisted(long sessionId);

    @Query("select r from Registration r where r.status = nl.weerbaarbestuur.ontour.registration.RegistrationStatus.PENDING_CONFIRMATION and r.expiresAt <= :now")
    List<Registration> findExpired(Instant now);

    List<Registration> findBySessionIdOrderByStatusAscWaitlistPositionAscCreatedAtAsc(long sessionId);

    @Query("""
            select count(r) from Registration r where r.sessionId = :sessionId
            and r.status = nl.weerbaarbestuur.ontour.registration.RegistrationStatus.WAITLISTED and r.waitlistPosition < :position""")
    long countAheadOnWaitlist(long sessionId, long position);

    @Query("""
            select r from Registration r
            where (r.provinceCode in :provinceCodes or r.sessionId in :sessionIds)
              and r.statusChangedAt >= :from and r.statusChangedAt < :to
            order by r.sessionId, r.statusChangedAt""")
    List<Registration> findChangedBetween(Collection<String> provinceCodes, Collection<Long> sessionIds, Instant from, Instant to);

    List<Registration> findBySessionIdAndStatusOrderByConfirmedAtAscIdAsc(long sessionId, RegistrationStatus status);
    /**
     * One page of a session's attendee list. {@code provinces} limits it to those provinces' people
     * unless {@code allProvinces}; it holds those of the {@code statuses} (when {@code byStatus})
     * and those with one of the {@code ids}; the search matches name or e-mail (a lower-case LIKE pattern).
     */
    @Query("""
            select r from Registration r where r.sessionId = :sessionId
            and (:allProvinces = true or r.provinceCode in :provinces)
            and ((:byStatus = true and r.status in :statuses) or r.id in :ids)
            and (lower(r.fullName) like :pattern escape '!' or lower(r.email) like :pattern escape '!')""")
    Page<Registration> findAttendees(long sessionId, boolean allProvinces, Collection<String> provinces,
                                     boolean byStatus, Collection<RegistrationStatus> statuses, Collection<Long> ids,
                                     String pattern, Pageable pageable);

    @Query("""
            select count(r) from Registration r where r.sessionId = :sessionId
            and (:allProvinces = true or r.provinceCode in :provinces)
            and ((:byStatus = true and r.status in :statuses) or r.id in :ids)
            and (lower(r.fullName) like :pattern escape '!' or lower(r.email) like :pattern escape '!')""")
    long countAttendees(long sessionId, boolean allProvinces, Collection<String> provinces,
                        boolean byStatus, Collection<RegistrationStatus> statuses, Collection<Long> ids, String pattern);

    List<Registration> findTop500ByProvinceCodeInAndStatusInOrderByStatusChangedAtDesc(Collection<String> provinces,
                                                                                        Collection<RegistrationStatus> statuses);

    List<Registration> findTop200ByProvinceCodeInAndStatusChangedAtAfterOrderByStatusChangedAtDesc(Collection<String> provinces,
                                                                                                   java.time.Instant since);

    List<Registration> findBySessionIdAndStatus(long sessionId, RegistrationStatus status);

    List<Registration> findBySessionIdInAndAnonymisedAtIsNull(Collection<Long> sessionIds);

    @Query("""
            select r from Registration r where r.sessionId in :sessionIds
            and (r.accessibilityNeeds is not null or r.dietaryNeeds is not null)""")
    List<Registration> findWithNeeds(Collection<Long> sessionIds);

    @Query("select r.id from Registration r where r.status in :statuses and r.createdAt <= :cutoff")
    List<Long> findIdsByStatusInAndCreatedAtBefore(Collection<RegistrationStatus> statuses, Instant cutoff);

    /** A person's registrations by their address as stored (lower case), through {@code ix_registration_email}. */
    List<Registration> findByEmailOrderByIdAsc(String email);
}
