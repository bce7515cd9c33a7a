package nl.weerbaarbestuur.ontour.calendar;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface TrainerInviteRepository extends JpaRepository<TrainerInvite, Long> {

    Optional<TrainerInvite> findByTrainerIdAndSessionId(long trainerId, long sessionId);

    List<TrainerInvite> findBySessionIdInAndInCalendarTrueAndAnswerIsNotNull(Collection<Long> sessionIds);

    long countByTrainerIdInAndAnswerIsNotNull(Collection<Long> trainerIds);

    @Modifying(flushAutomatically = true)
    @Query("update TrainerInvite i set i.answer = null, i.answeredAt = null where i.trainerId in :trainerIds and i.answer is not null")
    int clearAnswers(Collection<Long> trainerIds);
}
