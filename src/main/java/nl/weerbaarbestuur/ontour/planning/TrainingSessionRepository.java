package nl.weerbaarbestuur.ontour.planning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TrainingSessionRepository extends JpaRepository<TrainingSession, Long> {

    /**
     * Sessions the public has seen: drafts never, cancelled ones only when they had been published
     * (their history says so). What calendars may hold.
     */
    String SEEN = """
            (s.status <> nl.weerbaarbestuur.ontour.planning.SessionStatus.DRAFT
             and (s.status <> nl.weerbaarbestuur.ontour.planning.SessionStatus.CANCELLED
                  or exists (select c.id from SessionChange c where c.sessionId = s.id and c.kind = 'published')))""";

    /** One session with all its facts name (venue, tour, trainers), in one statement. */
    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour left join fetch s.trainers
            where s.id = :id""")
    Optional<TrainingSession> findWithFacts(long id);

    /** Whether the session (not a draft) waits for the griffie's approval of each confirmation; one column, no entity. */
    @Query("""
            select s.griffieApprovalRequired from TrainingSession s
            where s.id = :id and s.status <> nl.weerbaarbestuur.ontour.planning.SessionStatus.DRAFT""")
    Optional<Boolean> findApprovalRequired(long id);

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour left join fetch s.trainers
            where s.id = :id and\s""" + SEEN)
    Optional<TrainingSession> findSeen(long id);

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour
            where s.tour.id = :tourId and s.endsAt >= :since and\s""" + SEEN + " order by s.startsAt, s.id")
    List<TrainingSession> findSeenOfTour(long tourId, Instant since);

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour
            where upper(s.provinceCode) = upper(:provinceCode) and s.endsAt >= :since and\s""" + SEEN
            + " order by s.startsAt, s.id")
    List<TrainingSession> findSeenInProvince(String provinceCode, Instant since);

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour
            where s.tour.id = :tourId and s.id <> :excludeId and s.startsAt > :after
              and s.status = nl.weerbaarbestuur.ontour.planning.SessionStatus.PUBLISHED order by s.startsAt, s.id""")
    List<TrainingSession> findPublishedOfTourAfter(long tourId, long excludeId, Instant after, Limit limit);

    default Optional<TrainingSession> findNextPublishedOfTour(long tourId, long excludeId, Instant after) {
        return findPublishedOfTourAfter(tourId, excludeId, after, Limit.of(1)).stream().findFirst();
    }

    @Query("select t from TrainingSession s join s.trainers t where s.id = :sessionId")
    List<Trainer> findTrainersOf(long sessionId);

    /** Trainers by id, also those no longer on any session (for their cancellations). */
    @Query("select t from Trainer t where t.id in :ids")
    List<Trainer> findTrainers(Collection<Long> ids);

    @Query("select t.name from Tour t where t.id = :tourId")
    Optional<String> findTourName(long tourId);

    /** Per session id, when its history last changed: rows of (Long sessionId, Instant changedAt). */
    @Query("select c.sessionId, max(c.changedAt) from SessionChange c where c.sessionId in :ids group by c.sessionId")
    List<Object[]> findLastChanges(Collection<Long> ids);

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour
            where s.endsAt >= :from and s.status in :statuses order by s.startsAt""")
    List<TrainingSession> findUpcoming(Instant from, Collection<SessionStatus> statuses);

    /** Sessions by id with all their facts name (venue, tour, trainers), in one statement. */
    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour left join fetch s.trainers
            where s.id in :ids""")
    List<TrainingSession> findWithFacts(Collection<Long> ids);

    /** Published sessions not yet ended and not closed, in time order, with all their facts name, in one statement. */
    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour left join fetch s.trainers
            where s.endsAt >= :from and s.status = nl.weerbaarbestuur.ontour.planning.SessionStatus.PUBLISHED
              and s.closed = false order by s.startsAt""")
    List<TrainingSession> findPublishedUpcomingWithFacts(Instant from);

    /** Loads the trainers of these sessions (already in the persistence context) in one query. */
    @Query("select distinct s from TrainingSession s left join fetch s.trainers where s.id in :ids")
    List<TrainingSession> fetchTrainers(Collection<Long> ids);

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour
            where s.endsAt >= :from and s.provinceCode in :provinces order by s.startsAt""")
    List<TrainingSession> findUpcomingInProvinces(Instant from, Collection<String> provinces);

    @Query("""
            select distinct s from TrainingSession s left join fetch s.venue join fetch s.tour join s.trainers t
            where s.endsAt >= :from and lower(t.email) = lower(:email) order by s.startsAt""")
    List<TrainingSession> findUpcomingForTrainer(Instant from, String email);

    /** Sessions of these trainers that are not cancelled and overlap [from, to). */
    @Query("""
            select distinct s from TrainingSession s join fetch s.trainers t
            where t.id in :trainerIds and s.status <> nl.weerbaarbestuur.ontour.planning.SessionStatus.CANCELLED
              and s.startsAt < :to and s.endsAt > :from and s.id <> :excludeId""")
    List<TrainingSession> findForTrainersBetween(Collection<Long> trainerIds, Instant from, Instant to, long excludeId);

    @Query("""
            select s from TrainingSession s
            where s.venue.id = :venueId and s.status <> nl.weerbaarbestuur.ontour.planning.SessionStatus.CANCELLED
              and s.startsAt < :to and s.endsAt > :from and s.id <> :excludeId""")
    List<TrainingSession> findAtVenueBetween(long venueId, Instant from, Instant to, long excludeId);

    @Query("""
            select distinct s.provinceCode from TrainingSession s
            where s.tour.id = :tourId and s.status <> nl.weerbaarbestuur.ontour.planning.SessionStatus.CANCELLED""")
    List<String> findCoveredProvinces(long tourId);

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour
            where s.tour.id = :tourId order by s.startsAt""")
    List<TrainingSession> findByTour(long tourId);

    @Query("""
            select s from TrainingSession s left join fetch s.venue join fetch s.tour
            where s.startsAt < :to and s.endsAt > :from order by s.startsAt""")
    List<TrainingSession> findBetween(Instant from, Instant to);

    @Query("""
            select s.id from TrainingSession s where s.provinceCode in :provinceCodes
            and s.status <> nl.weerbaarbestuur.ontour.planning.SessionStatus.DRAFT""")
    List<Long> findIdsInProvinces(Collection<String> provinceCodes);

    long countByTour(Tour tour);

    java.util.Optional<TrainingSession> findByInvitationTokenHash(String invitationTokenHash);

    @Query("select s.id from TrainingSession s where s.tour.id = :tourId and s.endsAt < :cutoff")
    List<Long> findIdsOfTourEndedBefore(long tourId, Instant cutoff);

    @Query("select s.id from TrainingSession s where s.endsAt < :cutoff")
    List<Long> findIdsEndedBefore(Instant cutoff);
}
