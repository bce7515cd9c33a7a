package nl.weerbaarbestuur.ontour.planning;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to sessions for calendar files and feeds. Only sessions the public has seen: drafts
 * never, cancelled ones only when they had been published (their history says so).
 */
@Service
public class CalendarSessions {

    private static final String SEEN = """
            (s.status <> nl.weerbaarbestuur.ontour.planning.SessionStatus.DRAFT
             and (s.status <> nl.weerbaarbestuur.ontour.planning.SessionStatus.CANCELLED
                  or exists (select c.id from SessionChange c where c.sessionId = s.id and c.kind = 'published')))""";

    @PersistenceContext
    private EntityManager entityManager;

    /** One session (not a draft), with its meeting link: for invites to confirmed participants. */
    @Transactional(readOnly = true)
    public Optional<CalendarSession> find(long sessionId) {
        return entityManager.createQuery("select s from TrainingSession s left join fetch s.venue join fetch s.tour where s.id = :id and "
                        + SEEN, TrainingSession.class)
                .setParameter("id", sessionId).getResultStream().findFirst().map(CalendarSession::of);
    }

    /** Sessions of a tour that ended after {@code since}, in time order. */
    @Transactional(readOnly = true)
    public List<CalendarSession> ofTour(long tourId, Instant since) {
        return entityManager.createQuery("select s from TrainingSession s left join fetch s.venue join fetch s.tour "
                        + "where s.tour.id = :tour and s.endsAt >= :since and " + SEEN + " order by s.startsAt, s.id",
                        TrainingSession.class)
                .setParameter("tour", tourId).setParameter("since", since)
                .getResultStream().map(CalendarSession::of).toList();
    }

    /** Sessions in a province that ended after {@code since}, in time order. */
    @Transactional(readOnly = true)
    public List<CalendarSession> inProvince(String provinceCode, Instant since) {
        return entityManager.createQuery("select s from TrainingSession s left join fetch s.venue join fetch s.tour "
                        + "where upper(s.provinceCode) = upper(:province) and s.endsAt >= :since and " + SEEN
                        + " order by s.startsAt, s.id", TrainingSession.class)
                .setParameter("province", provinceCode).setParameter("since", since)
                .getResultStream().map(CalendarSession::of).toList();
    }

    /** The trainers of a session, for their own invites. */
    @Transactional(readOnly = true)
    public List<SessionTrainer> trainers(long sessionId) {
        var session = entityManager.find(TrainingSession.class, sessionId);
        return session == null ? List.of() : session.getTrainers().stream().map(SessionTrainer::of).toList();
    }

    /** These trainers (for instance those just taken off a session). */
    @Transactional(readOnly = true)
    public List<SessionTrainer> trainers(java.util.Collection<Long> trainerIds) {
        return trainerIds.stream().map(id -> entityManager.find(Trainer.class, id)).filter(java.util.Objects::nonNull)
                .map(SessionTrainer::of).toList();
    }

    /** The tour's name, if the tour exists. */
    @Transactional(readOnly = true)
    public Optional<String> tourName(long tourId) {
        return Optional.ofNullable(entityManager.find(Tour.class, tourId)).map(Tour::getName);
    }

    /** When each of these sessions last changed (from its history). */
    @Transactional(readOnly = true)
    public Map<Long, Instant> lastChanges(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, Instant>();
        entityManager.createQuery("select c.sessionId, max(c.changedAt) from SessionChange c where c.sessionId in :ids "
                        + "group by c.sessionId", Object[].class)
                .setParameter("ids", sessionIds).getResultList()
                .forEach(row -> result.put((Long) row[0], (Instant) row[1]));
        return result;
    }

    /** The first published session of the same tour starting after {@code after}, other than this one. */
    @Transactional(readOnly = true)
    public Optional<CalendarSession> nextOfTour(long tourId, long excludeSessionId, Instant after) {
        return entityManager.createQuery("select s from TrainingSession s left join fetch s.venue join fetch s.tour "
                        + "where s.tour.id = :tour and s.id <> :exclude and s.startsAt > :after "
                        + "and s.status = nl.weerbaarbestuur.ontour.planning.SessionStatus.PUBLISHED order by s.startsAt, s.id",
                        TrainingSession.class)
                .setParameter("tour", tourId).setParameter("exclude", excludeSessionId).setParameter("after", after)
                .setMaxResults(1).getResultStream().findFirst().map(CalendarSession::of);
    }
}
