package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour
            where s.endsAt >= :from and s.status in :statuses order by s.startsAt""")
    List<TrainingSession> findUpcoming(Instant from, Collection<SessionStatus> statuses);

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour
            where s.endsAt >= :from and s.provinceCode in :provinces order by s.startsAt""")
    List<TrainingSession> findUpcomingInProvinces(Instant from, Collection<String> provinces);

    @Query("""
            select distinct s from TrainingSession s left join fetch s.venue join fetch s.tour join s.trainers t
            where s.endsAt >= :from and lower(t.email) = lower(:email) order by s.startsAt""")
    List<TrainingSession> findUpcomingForTrainer(Instant from, String email);

    long countByTour(Tour tour);
}
