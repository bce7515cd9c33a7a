package nl.weerbaarbestuur.ontour.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read access to the people registered for sessions, for the modules that act on them: calendar
 * invites and feeds, attendance and results, reminders, follow-ups and the griffie digest. It does
 * not scope by who is asking: its callers are event listeners, scheduled jobs, token-checked
 * downloads, or services that check the role and the province or trainer scope before they call.
 * Screens go through {@link ParticipantRegistrations} and {@link RegistrationAdministration}.
 */
@Service
public class Attendees {

    /**
     * One registration as those modules need it. {@code seatSince} is when it got its seat
     * (confirmed, or promoted from the waitlist); null while it holds none.
     */
    public record Attendee(long registrationId, long sessionId, String fullName, String email, String language,
                           ParticipantFunction function, String fractie, String provinceCode,
                           RegistrationStatus status, MadeBy madeBy, Instant seatSince) {

        static Attendee of(Registration r) {
            return new Attendee(r.getId(), r.getSessionId(), r.getFullName(), r.getEmail(), r.getLanguage(), r.getFunction(),
                    r.getFractie(), r.getProvinceCode(), r.getStatus(), r.getMadeBy(),
                    r.getStatus() != RegistrationStatus.CONFIRMED ? null
                            : r.getPromotedAt() != null ? r.getPromotedAt() : r.getConfirmedAt());
        }

        public boolean holdsSeat() {
            return status == RegistrationStatus.CONFIRMED;
        }

        /** Anonymised (retention or erasure): nothing may be sent to it, nothing kept for it. */
        public boolean isAnonymised() {
            return email != null && email.endsWith("@" + Registration.ANONYMISED_DOMAIN);
        }
    }

    /** Registrations of one session with one status, counted. */
    public record StatusCount(long sessionId, RegistrationStatus status, long count) {
    }

    /** A registration whose status changed, as the griffie digest lists it. */
    public record Change(long registrationId, long sessionId, String fullName, ParticipantFunction function, String fractie,
                         String provinceCode, RegistrationStatus status, MadeBy madeBy, Instant changedAt) {
    }

    /**
     * Everything a registration holds about its participant, for their inzage (AVG art. 15): no
     * tokens and nothing about who at the griffie made it beyond the kind.
     */
    public record OwnRegistration(long registrationId, long sessionId, String fullName, String email,
                                  ParticipantFunction function, String fractie, String provinceCode,
                                  String accessibilityNeeds, String dietaryNeeds, String remarks, String language,
                                  RegistrationStatus status, Long waitlistPosition, MadeBy madeBy, Instant createdAt,
                                  Instant confirmedAt, Instant statusChangedAt) {

        static OwnRegistration of(Registration r) {
            return new OwnRegistration(r.getId(), r.getSessionId(), r.getFullName(), r.getEmail(), r.getFunction(),
                    r.getFractie(), r.getProvinceCode(), r.getAccessibilityNeeds(), r.getDietaryNeeds(), r.getRemarks(),
                    r.getLanguage(), r.getStatus(),
                    r.getStatus() == RegistrationStatus.WAITLISTED ? r.getWaitlistPosition() : null, r.getMadeBy(),
                    r.getCreatedAt(), r.getConfirmedAt(), r.getStatusChangedAt());
        }
    }

    @PersistenceContext
    private EntityManager entityManager;

    private final RegistrationRepository registrations;
    private final PersonKeys keys;

    Attendees(RegistrationRepository registrations, PersonKeys keys) {
        this.registrations = registrations;
        this.keys = keys;
    }

    /**
     * Per registration, a key that is the same for every registration of one person and reveals
     * nothing of them (see {@link PersonKeys}): kept when a registration is anonymised, so figures
     * that count people (the reach) stay the same after anonymisation.
     */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> personKeys(Collection<Long> registrationIds) {
        var result = new java.util.HashMap<Long, String>();
        for (var r : registrations.findAllById(registrationIds)) {
            result.put(r.getId(), r.getPersonKey() != null ? r.getPersonKey() : keys.of(r.getEmail()));
        }
        return result;
    }

    /** One registration, whatever its status now. */
    @Transactional(readOnly = true)
    public Optional<Attendee> find(long registrationId) {
        return registrations.findById(registrationId).map(Attendee::of);
    }

    /** The registration behind a manage link (the raw token from the link), if any. */
    @Transactional(readOnly = true)
    public Optional<Attendee> byManageToken(String manageToken) {
        if (manageToken == null || manageToken.isBlank() || manageToken.length() > 100) {
            return Optional.empty();
        }
        return registrations.findByManageTokenHash(SecretTokens.hash(manageToken.strip())).map(Attendee::of);
    }

    /** Everyone holding a seat in the session, in the order they got it. */
    @Transactional(readOnly = true)
    public List<Attendee> confirmed(long sessionId) {
        return registrations.findBySessionIdAndStatusOrderByConfirmedAtAscIdAsc(sessionId, RegistrationStatus.CONFIRMED)
                .stream().map(Attendee::of).toList();
    }

    /** The session's registrations that hold a seat, in name order (the check-in desk). */
    @Transactional(readOnly = true)
    public List<Attendee> confirmedOf(long sessionId) {
        return entityManager.createQuery("""
                        select r from Registration r where r.sessionId = :sessionId
                          and r.status = nl.weerbaarbestuur.ontour.registration.RegistrationStatus.CONFIRMED
                        order by lower(r.fullName), r.id""", Registration.class)
                .setParameter("sessionId", sessionId).getResultStream().map(Attendee::of).toList();
    }

    /** The seats one e-mail address holds, over all sessions (for the participant's private feed). */
    @Transactional(readOnly = true)
    public List<Attendee> confirmedFor(String email) {
        return entityManager.createQuery("select r from Registration r where lower(r.email) = lower(:email) and r.status = "
                        + "nl.weerbaarbestuur.ontour.registration.RegistrationStatus.CONFIRMED order by r.id", Registration.class)
                .setParameter("email", email.strip()).getResultStream().map(Attendee::of).toList();
    }

    /**
     * Every registration of one e-mail address (compared lower-case and trimmed, never as a pattern),
     * in any session and any status, oldest first: the "same address" of a participant's inzage.
     */
    @Transactional(readOnly = true)
    public List<OwnRegistration> sameAddress(String email) {
        if (email == null || email.isBlank()) {
            return List.of();
        }
        return entityManager.createQuery("select r from Registration r where lower(trim(r.email)) = :email order by r.createdAt, r.id",
                        Registration.class)
                .setParameter("email", email.strip().toLowerCase(java.util.Locale.ROOT)).getResultStream()
                .map(OwnRegistration::of).toList();
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
        return registrations.findAllById(registrationIds).stream().map(Attendee::of).toList();
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

    /**
     * Registrations whose status changed in [from, to) and that concern these provinces: the
     * participant comes from one of them, or the session is held in one of them ({@code sessionIds}).
     * Unconfirmed ones are left out: they are not yet a registration anyone acts on.
     */
    @Transactional(readOnly = true)
    public List<Change> changedBetween(Set<String> provinceCodes, Collection<Long> sessionIds, Instant from, Instant to) {
        var sessions = sessionIds.isEmpty() ? List.of(-1L) : sessionIds;
        return registrations.findChangedBetween(provinceCodes, sessions, from, to).stream()
                .filter(r -> r.getStatus() != RegistrationStatus.PENDING_CONFIRMATION)
                .map(r -> new Change(r.getId(), r.getSessionId(), r.getFullName(), r.getFunction(), r.getFractie(),
                        r.getProvinceCode(), r.getStatus(), r.getMadeBy(), r.getStatusChangedAt()))
                .toList();
    }
}
