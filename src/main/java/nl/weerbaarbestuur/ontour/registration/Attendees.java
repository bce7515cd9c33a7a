package nl.weerbaarbestuur.ontour.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.security.Role;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the people registered for sessions, for the attendance and results modules.
 * It does not scope by province or trainer: its callers (AttendanceService, ResultsService) check
 * that before they call; it only refuses anyone who is not signed in with a staff role.
 */
@Component
@RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE, Role.Names.TRAINER})
public class Attendees {

    /** One registration as the check-in desk and the figures need it. */
    public record Attendee(long registrationId, long sessionId, String fullName, String email,
                           ParticipantFunction function, String fractie, String provinceCode,
                           RegistrationStatus status, MadeBy madeBy) {

        static Attendee of(Registration r) {
            return new Attendee(r.getId(), r.getSessionId(), r.getFullName(), r.getEmail(), r.getFunction(),
                    r.getFractie(), r.getProvinceCode(), r.getStatus(), r.getMadeBy());
        }
    }

    /** Registrations of one session with one status, counted. */
    public record StatusCount(long sessionId, RegistrationStatus status, long count) {
    }

    @PersistenceContext
    private EntityManager entityManager;

    /** The session's registrations that hold a seat, in name order. */
    @Transactional(readOnly = true)
    public List<Attendee> confirmedOf(long sessionId) {
        return entityManager.createQuery("""
                        select r from Registration r where r.sessionId = :sessionId
                          and r.status = nl.weerbaarbestuur.ontour.registration.RegistrationStatus.CONFIRMED
                        order by lower(r.fullName), r.id""", Registration.class)
                .setParameter("sessionId", sessionId).getResultStream().map(Attendee::of).toList();
    }

    /** The confirmed registrations of these sessions (for the figures), without names sorted. */
    @Transactional(readOnly = true)
    public List<Attendee> confirmedOf(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select r from Registration r where r.sessionId in :ids
                          and r.status = nl.weerbaarbestuur.ontour.registration.RegistrationStatus.CONFIRMED""",
                        Registration.class)
                .setParameter("ids", sessionIds).getResultStream().map(Attendee::of).toList();
    }

    /** Per session and status, how many registrations there are. */
    @Transactional(readOnly = true)
    public List<StatusCount> countsOf(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("""
                        select r.sessionId, r.status, count(r) from Registration r
                        where r.sessionId in :ids group by r.sessionId, r.status""", Object[].class)
                .setParameter("ids", sessionIds).getResultStream()
                .map(row -> new StatusCount((Long) row[0], (RegistrationStatus) row[1], (Long) row[2])).toList();
    }

    /** These registrations, whatever their status now (for instance those that were checked in). */
    @Transactional(readOnly = true)
    public List<Attendee> all(Collection<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return List.of();
        }
        return entityManager.createQuery("select r from Registration r where r.id in :ids", Registration.class)
                .setParameter("ids", registrationIds).getResultStream().map(Attendee::of).toList();
    }

    @Transactional(readOnly = true)
    public Optional<Attendee> find(long registrationId) {
        return Optional.ofNullable(entityManager.find(Registration.class, registrationId)).map(Attendee::of);
    }

    /**
     * Reads the registration under a row lock (SELECT ... FOR UPDATE) inside the caller's
     * transaction, so that two devices checking in the same person, or a check-in and a
     * cancellation, are decided one after the other by the database.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Attendee> lock(long registrationId) {
        var registration = entityManager.find(Registration.class, registrationId);
        if (registration == null) {
            return Optional.empty();
        }
        entityManager.refresh(registration, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(Attendee.of(registration));
    }
}
