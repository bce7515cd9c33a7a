package nl.weerbaarbestuur.ontour.calendar;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TrainerInviteRepository extends JpaRepository<TrainerInvite, Long> {

    Optional<TrainerInvite> findByTrainerIdAndSessionId(long trainerId, long sessionId);

    List<TrainerInvite> findBySessionIdInAndInCalendarTrueAndAnswerIsNotNull(Collection<Long> sessionIds);
}
