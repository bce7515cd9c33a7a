package nl.weerbaarbestuur.ontour.registration;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the privacy module asks of registrations: anonymise them when their tour's retention
 * period has passed or on request, forget the venue's needs after the session, and delete
 * registrations that were never confirmed. Like {@link Attendees} it does not check who asks:
 * its callers are the retention job and the erasure service, which checks the role or the
 * manage link first. Counts and ids only; nothing here logs a name or an address.
 */
@Service
public class RegistrationRetention {

    private static final Logger log = LoggerFactory.getLogger(RegistrationRetention.class);

    /** One registration of a person, as an erasure sees it. */
    public record PersonRegistration(long registrationId, long sessionId, RegistrationStatus status, boolean anonymised) {
    }

    /** What an erasure did to one registration: {@code cancelled} when it gave up a seat or waitlist place first. */
    public record Erased(long registrationId, long sessionId, boolean cancelled) {
    }

    private final RegistrationRepository registrations;
    private final Seats seats;
    private final PlanningService planning;
    private final PersonKeys keys;
    private final Clock clock;

    RegistrationRetention(RegistrationRepository registrations, Seats seats, PlanningService planning, PersonKeys keys, Clock clock) {
        this.registrations = registrations;
        this.seats = seats;
        this.planning = planning;
        this.keys = keys;
        this.clock = clock;
    }

    /** Anonymises the registrations of these sessions not yet anonymised; returns their ids. */
    @Transactional
    public List<Long> anonymiseSessions(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        var now = clock.instant();
        var done = new ArrayList<Long>();
        for (var registration : registrations.findBySessionIdInAndAnonymisedAtIsNull(sessionIds)) {
            if (anonymise(registration, now)) {
                done.add(registration.getId());
            }
        }
        return done;
    }

    /** Removes accessibility and dietary needs from the registrations of these sessions; returns how many had any. */
    @Transactional
    public int clearNeeds(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return 0;
        }
        int cleared = 0;
        for (var registration : registrations.findWithNeeds(sessionIds)) {
            if (registration.clearNeeds()) {
                cleared++;
            }
        }
        return cleared;
    }

    /** Registrations never confirmed (waiting, or expired) that were asked for at or before {@code cutoff}. */
    @Transactional(readOnly = true)
    public List<Long> unconfirmedCreatedBefore(Instant cutoff) {
        return registrations.findIdsByStatusInAndCreatedAtBefore(
                EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION, RegistrationStatus.EXPIRED), cutoff);
    }

    /**
     * Deletes these registrations if they are still unconfirmed or expired (they never held a seat,
     * so no figure counts them). The caller removes what refers to them first (calendar rows).
     */
    @Transactional
    public int deleteUnconfirmed(Collection<Long> registrationIds) {
        int deleted = 0;
        for (var registration : registrations.findAllById(registrationIds)) {
            if (registration.getStatus() == RegistrationStatus.PENDING_CONFIRMATION
                    || registration.getStatus() == RegistrationStatus.EXPIRED) {
                registrations.delete(registration);
                deleted++;
            }
        }
        registrations.flush();
        return deleted;
    }

    /** The address behind a manage link (the raw token), unless unknown or already anonymised. */
    @Transactional(readOnly = true)
    public Optional<String> addressOf(String manageToken) {
        if (manageToken == null || manageToken.isBlank() || manageToken.length() > 100) {
            return Optional.empty();
        }
        return registrations.findByManageTokenHash(SecretTokens.hash(manageToken.strip()))
                .filter(r -> !r.isAnonymised()).map(Registration::getEmail);
    }

    /** The language of the person's newest registration with this address ("nl" when none). */
    @Transactional(readOnly = true)
    public String languageOf(String email) {
        return registrations.findByEmailOrderByIdAsc(normalise(email)).stream().reduce((a, b) -> b)
                .map(Registration::getLanguage).orElse("nl");
    }

    /** Every registration with this address (case does not matter), anonymised ones left out. */
    @Transactional(readOnly = true)
    public List<PersonRegistration> ofAddress(String email) {
        return registrations.findByEmailOrderByIdAsc(normalise(email)).stream()
                .filter(r -> !r.isAnonymised())
                .map(r -> new PersonRegistration(r.getId(), r.getSessionId(), r.getStatus(), false)).toList();
    }

    /**
     * Erases one registration: before its session starts, an active one is cancelled first (a
     * freed seat goes to the first on the waitlist); then it is anonymised, its links dead.
     * After the session starts it is anonymised at once: status and attendance stay.
     */
    @Transactional
    public Optional<Erased> erase(long registrationId) {
        var registration = registrations.findById(registrationId).orElse(null);
        if (registration == null || registration.isAnonymised()) {
            return Optional.empty();
        }
        var now = clock.instant();
        boolean before = planning.publicSession(registration.getSessionId())
                .map(s -> now.isBefore(s.startsAt())).orElse(false);
        boolean cancelled = false;
        if (before && registration.getStatus().isActive()) {
            // As the participant's own cancel: a freed seat goes to the first on the waitlist, the calendar hears of it.
            seats.cancel(registration);
            cancelled = true;
        }
        anonymise(registration, now);
        log.info("Registration {} erased on request (cancelled first: {})", registrationId, cancelled);
        return Optional.of(new Erased(registrationId, registration.getSessionId(), cancelled));
    }

    /** The person key of an address (see {@link PersonKeys}), for the erasure log. */
    public String personKey(String email) {
        return keys.of(email);
    }

    private boolean anonymise(Registration registration, Instant now) {
        return registration.anonymise(keys.of(registration.getEmail()), SecretTokens.hash(SecretTokens.newToken()), now);
    }

    private static String normalise(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
