package nl.weerbaarbestuur.ontour.replies;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarReplyRepository extends JpaRepository<CalendarReply, Long>, JpaSpecificationExecutor<CalendarReply> {

    boolean existsByMessageKey(String messageKey);

    List<CalendarReply> findByRegistrationIdOrderByIdAsc(long registrationId);

    @Modifying
    @Query("delete from CalendarReply r where r.handledAt <= :until")
    int deleteHandledUntil(Instant until);

    /** A person's rows: those about their registrations, and those sent from their address (also unknown or suspect ones). */
    @Query("""
            select r from CalendarReply r where r.registrationId in :registrationIds or lower(r.sender) = :address
            order by r.handledAt, r.id""")
    List<CalendarReply> findConcerning(Collection<Long> registrationIds, String address);

    @Modifying
    @Query("delete from CalendarReply r where r.registrationId in :registrationIds or lower(r.sender) = :address")
    int deleteConcerning(Collection<Long> registrationIds, String address);

    @Modifying
    @Query("delete from CalendarReply r where r.registrationId in :registrationIds")
    int deleteByRegistrationIds(Collection<Long> registrationIds);

    List<CalendarReply> findByTrainerIdIn(Collection<Long> trainerIds);

    @Modifying
    @Query("delete from CalendarReply r where r.trainerId in :trainerIds")
    int deleteByTrainerIds(Collection<Long> trainerIds);
}
