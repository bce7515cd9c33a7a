package nl.weerbaarbestuur.ontour.replies;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CalendarReplyRepository extends JpaRepository<CalendarReply, Long> {

    boolean existsByMessageKey(String messageKey);

    List<CalendarReply> findByRegistrationIdOrderByIdAsc(long registrationId);

    @Modifying
    @Query("delete from CalendarReply r where r.handledAt < :before")
    int deleteHandledBefore(Instant before);
}
