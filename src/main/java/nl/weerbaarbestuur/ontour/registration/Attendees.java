package nl.weerbaarbestuur.ontour.registration;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only look-ups of registrations for the calendar module (invites and the private feed).
 * Kept apart from {@link RegistrationService} on purpose: no authorisation here because callers
 * are event listeners and token-checked downloads, never a screen; what they return goes only to
 * the participant it belongs to.
 */
@Service
public class Attendees {

    @PersistenceContext
    private EntityManager entityManager;

    /** One participant of a session: what an invite needs, nothing more. */
    public record Attendee(long registrationId, long sessionId, String fullName, String email, String language,
                           RegistrationStatus status) {

        static Attendee of(Registration r) {
            return new Attendee(r.getId(), r.getSessionId(), r.getFullName(), r.getEmail(), r.getLanguage(), r.getStatus());
        }

        public boolean holdsSeat() {
            return status == RegistrationStatus.CONFIRMED;
        }
    }

    @Transactional(readOnly = true)
    public Optional<Attendee> byId(long registrationId) {
        return Optional.ofNullable(entityManager.find(Registration.class, registrationId)).map(Attendee::of);
    }

    /** The registration behind a manage link (the raw token from the link), if any. */
    @Transactional(readOnly = true)
    public Optional<Attendee> byManageToken(String manageToken) {
        if (manageToken == null || manageToken.isBlank() || manageToken.length() > 100) {
            return Optional.empty();
        }
        return entityManager.createQuery("select r from Registration r where r.manageTokenHash = :hash", Registration.class)
                .setParameter("hash", Tokens.hash(manageToken.strip())).getResultStream().findFirst().map(Attendee::of);
    }

    /** Everyone holding a seat in the session (status CONFIRMED), in order of registration. */
    @Transactional(readOnly = true)
    public List<Attendee> confirmed(long sessionId) {
        return entityManager.createQuery("select r from Registration r where r.sessionId = :session and r.status = "
                        + "nl.weerbaarbestuur.ontour.registration.RegistrationStatus.CONFIRMED order by r.id", Registration.class)
                .setParameter("session", sessionId).getResultStream().map(Attendee::of).toList();
    }

    /** The seats one e-mail address holds, over all sessions (for the participant's private feed). */
    @Transactional(readOnly = true)
    public List<Attendee> confirmedFor(String email) {
        return entityManager.createQuery("select r from Registration r where lower(r.email) = lower(:email) and r.status = "
                        + "nl.weerbaarbestuur.ontour.registration.RegistrationStatus.CONFIRMED order by r.id", Registration.class)
                .setParameter("email", email.strip()).getResultStream().map(Attendee::of).toList();
    }
}
