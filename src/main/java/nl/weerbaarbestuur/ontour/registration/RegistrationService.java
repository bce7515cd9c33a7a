package nl.weerbaarbestuur.ontour.registration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.planning.PublicSession;
import nl.weerbaarbestuur.ontour.planning.RegistrationCounts;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationCancelled;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationConfirmed;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationExpired;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationWaitlisted;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.WaitlistPromoted;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations: a participant asks, confirms by e-mail (double opt-in) and then holds a seat or
 * a waitlist position; a freed seat goes to the first on the waitlist. Seats are decided under a
 * database row lock per session, so concurrent confirmations never overbook and the waitlist
 * order is the order of confirmation.
 */
@Service
public class RegistrationService implements RegistrationCounts {

    private static final Logger log = LoggerFactory.getLogger(RegistrationService.class);
    /** Further manage links a registration may hold besides its first (a repeated request adds one). */
    static final int MAX_EXTRA_LINKS = 4;

    private final RegistrationRepository registrations;
    private final SeatLedgerRepository ledgers;
    private final PlanningService planning;
    private final ParticipantDetailsCheck detailsCheck;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration confirmationWindow;
    private final RegistrationMails mails;
    private final SessionInvitations invitations;
    private final RegistrationRateLimit rateLimit;
    private final ManageLinkRepository manageLinks;
    @PersistenceContext
    private EntityManager entityManager;

    RegistrationService(RegistrationRepository registrations, SeatLedgerRepository ledgers, PlanningService planning,
                        ParticipantDetailsCheck detailsCheck, CurrentUser currentUser, ApplicationEventPublisher events, Clock clock,
                        @Value("${ontour.registration.confirmation-window:PT48H}") Duration confirmationWindow,
                        RegistrationMails mails, SessionInvitations invitations, RegistrationRateLimit rateLimit,
                        ManageLinkRepository manageLinks) {
        this.mails = mails;
        this.invitations = invitations;
        this.rateLimit = rateLimit;
        this.manageLinks = manageLinks;
        this.registrations = registrations;
        this.ledgers = ledgers;
        this.planning = planning;
        this.detailsCheck = detailsCheck;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.confirmationWindow = confirmationWindow;
    }

    /**
     * What the requester gets: always the same answer ("check your e-mail"); the tokens go into the
     * mail, never onto the page. {@code repeated} means an active registration existed and only
     * its manage link was renewed (to be mailed again); the requester is not told.
     */
    public record Receipt(long registrationId, String confirmationToken, String manageToken, boolean repeated) {
    }

    /** The state after confirming, or of a registration looked up by its manage link. */
    public record Outcome(long registrationId, long sessionId, RegistrationStatus status, Long waitlistPosition,
                          boolean alreadyConfirmed) {
    }

    /** A request from code (no client address known): only the per-recipient limit applies. */
    @Transactional
    public Receipt request(long sessionId, ParticipantDetails input, boolean consent) {
        return request(sessionId, input, consent, null);
    }

    /**
     * As {@link #request(long, ParticipantDetails, boolean)}, through an invitation link: a closed
     * session (besloten) takes registrations only with the token of its current invitation link and
     * is not found (404) without it.
     */
    @Transactional
    public Receipt request(long sessionId, ParticipantDetails input, boolean consent, String invitationToken) {
        return request(sessionId, input, consent, invitationToken, null);
    }

    /**
     * A participant's own request, from the form or the API. {@code invitationToken} opens a closed
     * session (null for an open one). {@code clientAddress} (the request's remote address, the real
     * client's behind a trusted proxy) is counted against the limit per client; the recipient gets at
     * most a few mails an hour, whatever the session.
     */
    @Transactional
    public Receipt request(long sessionId, ParticipantDetails input, boolean consent, String invitationToken,
                           String clientAddress) {
        rateLimit.countRequest(clientAddress);
        if (!invitations.admits(sessionId, invitationToken)) {
            throw new NotFoundException("session", sessionId);
        }
        var details = detailsCheck.checked(input, consent);
        var session = openSession(sessionId);
        rateLimit.requireRoomForMail(details.email());
        var now = clock.instant();
        var active = registrations.findBySessionIdAndEmailIgnoreCaseAndStatusIn(sessionId, details.email(),
                RegistrationStatus.ACTIVE);
        var manageToken = SecretTokens.newToken();
        rateLimit.countMail(details.email());
        if (!active.isEmpty()) {
            var existing = active.getFirst();
            addManageLink(existing, SecretTokens.hash(manageToken), now);
            mails.manageLinkAgain(existing, session, manageToken, now.toEpochMilli());
            log.info("Repeated request for registration {}: another manage link mailed", existing.getId());
            return new Receipt(existing.getId(), null, manageToken, true);
        }
        ensureLedger(session);
        var confirmationToken = SecretTokens.newToken();
        var registration = registrations.save(Registration.requested(sessionId, details, SecretTokens.hash(confirmationToken),
                SecretTokens.hash(manageToken), now, now.plus(confirmationWindow)));
        mails.confirmYourRegistration(registration, session, confirmationToken, manageToken);
        log.info("Registration {} requested for session {}", registration.getId(), sessionId);
        return new Receipt(registration.getId(), confirmationToken, manageToken, false);
    }

    /** The button behind the e-mail link (a POST: mail scanners open GET links). Clicking twice is harmless. */
    @Transactional
    public Outcome confirm(String confirmationToken) {
        var registration = byToken(registrations.findByConfirmationTokenHash(hashOrEmpty(confirmationToken)));
        var now = clock.instant();
        switch (registration.getStatus()) {
            case CONFIRMED, WAITLISTED, AWAITING_APPROVAL -> {
                return outcome(registration, true);
            }
            case PENDING_CONFIRMATION -> {
                if (registration.isExpired(now)) {
                    throw new BusinessRuleException("registration.error.token-expired");
                }
            }
            default -> throw new BusinessRuleException("registration.error.token-used");
        }
        var session = planning.registrationTerms(registration.getSessionId())
                .orElseThrow(() -> new BusinessRuleException("registration.error.session-not-open"));
        if (session.griffieApprovalRequired()) {
            registration.awaitApproval(now);
            return outcome(registration, false);
        }
        allocate(registration, session);
        return outcome(registration, false);
    }

    /** A griffie user (for its own province) or an organiser registers someone directly: no opt-in. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Receipt registerOnBehalf(long sessionId, ParticipantDetails input) {
        var details = detailsCheck.checked(input, true);
        var user = currentUser.require();
        if (!user.covers(details.provinceCode())) {
            throw new AccessDeniedException("griffie of another province");
        }
        var session = planning.publicSession(sessionId)
                .filter(s -> s.status() == SessionStatus.PUBLISHED)
                .orElseThrow(() -> new BusinessRuleException("registration.error.session-not-open"));
        var duplicates = registrations.findBySessionIdAndEmailIgnoreCaseAndStatusIn(sessionId, details.email(),
                RegistrationStatus.ACTIVE);
        if (!duplicates.isEmpty()) {
            throw new BusinessRuleException("registration.error.already-registered", details.email());
        }
        ensureLedger(session);
        var manageToken = SecretTokens.newToken();
        var registration = registrations.save(Registration.onBehalf(sessionId, details,
                MadeBy.staff(user), user.email(), SecretTokens.hash(manageToken),
                clock.instant()));
        allocate(registration, session);
        mails.registeredOnBehalf(registration, session, manageToken, user.displayName());
        return new Receipt(registration.getId(), null, manageToken, false);
    }

    /** A griffie (for its own province) or an organiser approves a registration that waits for approval. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Outcome approve(long registrationId) {
        var registration = inScope(registrationId);
        if (registration.getStatus() != RegistrationStatus.AWAITING_APPROVAL) {
            throw new BusinessRuleException("registration.error.not-awaiting-approval");
        }
        var session = planning.publicSession(registration.getSessionId())
                .orElseThrow(() -> new BusinessRuleException("registration.error.session-not-open"));
        ensureLedger(session);
        allocate(registration, session);
        log.info("Registration {} approved by account {}", registrationId, currentUser.require().id());
        return outcome(registration, false);
    }

    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Outcome reject(long registrationId) {
        var registration = inScope(registrationId);
        registration.reject(clock.instant());
        log.info("Registration {} rejected by account {}", registrationId, currentUser.require().id());
        return outcome(registration, false);
    }

    /** Someone else takes a confirmed seat (the griffie sends a substitute); the seat is never released in between. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Receipt substitute(long registrationId, ParticipantDetails substituteInput) {
        var registration = inScope(registrationId);
        var details = detailsCheck.checked(substituteInput, true);
        var user = currentUser.require();
        if (!user.covers(details.provinceCode())) {
            throw new AccessDeniedException("griffie of another province");
        }
        var manageToken = SecretTokens.newToken();
        var replacement = registrations.save(registration.substituteBy(details,
                MadeBy.staff(user), user.email(), SecretTokens.hash(manageToken), clock.instant()));
        events.publishEvent(new RegistrationCancelled(registration.getId(), registration.getSessionId(), false));
        events.publishEvent(new RegistrationConfirmed(replacement.getId(), replacement.getSessionId()));
        log.info("Registration {} substituted by {} (account {})", registrationId, replacement.getId(), user.id());
        return new Receipt(replacement.getId(), null, manageToken, false);
    }

    /** The registrations of a session: all for an organiser, only its own province's people for a griffie. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional(readOnly = true)
    public List<Registration> forSession(long sessionId) {
        var user = currentUser.require();
        return registrations.findBySessionIdOrderByStatusAscWaitlistPositionAscCreatedAtAsc(sessionId).stream()
                .filter(r -> user.covers(r.getProvinceCode())).toList();
    }

    /**
     * An organiser or the person's griffie removes someone from the list: as the participant's own
     * cancel, the freed seat goes to the first on the waitlist and the calendar gets a CANCEL.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Outcome remove(long registrationId) {
        var registration = inScope(registrationId);
        if (!registration.getStatus().isActive()) {
            throw new BusinessRuleException("registration.error.not-active");
        }
        var ledger = lockLedger(registration.getSessionId());
        boolean freed = registration.cancel(clock.instant());
        if (freed && ledger.isPresent()) {
            ledger.get().freeSeat();
            promoteWhileSeatsAreFree(ledger.get());
        }
        events.publishEvent(new RegistrationCancelled(registration.getId(), registration.getSessionId(), freed));
        log.info("Registration {} removed by account {}", registrationId, currentUser.require().id());
        return outcome(registration, false);
    }

    /**
     * Moves someone to another published session of the same tour: cancelled here (the seat freed,
     * the waitlist promoted, a CANCEL for the calendar) and registered there on behalf (a seat or
     * the waitlist, a REQUEST), in one transaction.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Outcome move(long registrationId, long targetSessionId) {
        var registration = inScope(registrationId);
        var from = planning.publicSession(registration.getSessionId())
                .orElseThrow(() -> new NotFoundException("session", registration.getSessionId()));
        var to = planning.publicSession(targetSessionId)
                .filter(s -> s.status() == SessionStatus.PUBLISHED && s.tourId() == from.tourId()
                        && s.id() != from.id() && clock.instant().isBefore(s.startsAt()))
                .orElseThrow(() -> new BusinessRuleException("registration.error.session-not-open"));
        var details = new ParticipantDetails(registration.getFullName(), registration.getEmail(),
                registration.getFunction(), registration.getProvinceCode(), registration.getFractie(),
                registration.getAccessibilityNeeds(), registration.getDietaryNeeds(), registration.getRemarks(),
                registration.getLanguage());
        if (!registrations.findBySessionIdAndEmailIgnoreCaseAndStatusIn(to.id(), details.email(),
                RegistrationStatus.ACTIVE).isEmpty()) {
            throw new BusinessRuleException("registration.error.already-registered", details.email());
        }
        remove(registrationId);
        // The participant's manage link goes with them to the new session; the old row gets a dead one.
        String manageTokenHash = registration.getManageTokenHash();
        registration.replaceManageToken(SecretTokens.hash(SecretTokens.newToken()));
        registrations.flush();
        var user = currentUser.require();
        ensureLedger(to);
        var moved = registrations.save(Registration.onBehalf(to.id(), details,
                MadeBy.staff(user), user.email(), manageTokenHash,
                clock.instant()));
        manageLinks.findByRegistrationId(registrationId).forEach(link -> link.moveTo(moved.getId()));
        allocate(moved, to);
        log.info("Registration {} moved to session {} as {}", registrationId, to.id(), moved.getId());
        return outcome(moved, false);
    }

    private Registration inScope(long registrationId) {
        var registration = registrations.findById(registrationId)
                .orElseThrow(() -> new NotFoundException("registration", registrationId));
        if (!currentUser.require().covers(registration.getProvinceCode())) {
            // Same answer as for a registration that does not exist: reveal nothing about other provinces.
            throw new NotFoundException("registration", registrationId);
        }
        return registration;
    }

    /**
     * A griffie (for its own province's people) or an organiser corrects an active registration:
     * function, fractie, needs and remarks. Not the name or e-mail: the e-mail is who the person
     * is (their manage link and mails go there); someone else is a substitute.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public AttendeeLine edit(long registrationId, AttendeeChanges changes) {
        var registration = inScope(registrationId);
        ParticipantDetailsCheck.check(changes);
        registration.changeRole(changes.function(), FieldChecks.blankToNull(changes.fractie()));
        registration.changeNeeds(FieldChecks.blankToNull(changes.accessibilityNeeds()),
                FieldChecks.blankToNull(changes.dietaryNeeds()), FieldChecks.blankToNull(changes.remarks()));
        log.info("Registration {} edited by account {}", registrationId, currentUser.require().id());
        return AttendeeLine.of(registration);
    }

    /** What the manage link shows. */
    @Transactional(readOnly = true)
    public Registration byManageToken(String manageToken) {
        return byManageLink(manageToken);
    }

    /**
     * Whether a manage link shows the status only (no name, e-mail, needs, remarks or fractie):
     * once the registration has ended (cancelled, expired, rejected) or its session is over, the
     * link in an old mailbox should not keep showing personal data.
     */
    @Transactional(readOnly = true)
    public boolean showsStatusOnly(Registration registration) {
        return !registration.getStatus().isActive() || planning.publicSession(registration.getSessionId())
                .map(session -> !clock.instant().isBefore(session.endsAt())).orElse(true);
    }

    /** The participant changes their needs and remarks through the manage link. */
    @Transactional
    public Registration changeNeeds(String manageToken, String accessibilityNeeds, String dietaryNeeds, String remarks) {
        var registration = byManageLink(manageToken);
        ParticipantDetailsCheck.checkNeeds(accessibilityNeeds, dietaryNeeds, remarks);
        var changed = new ArrayList<String>();
        if (!java.util.Objects.equals(registration.getAccessibilityNeeds(), FieldChecks.blankToNull(accessibilityNeeds))) {
            changed.add("accessibilityNeeds");
        }
        if (!java.util.Objects.equals(registration.getDietaryNeeds(), FieldChecks.blankToNull(dietaryNeeds))) {
            changed.add("dietaryNeeds");
        }
        if (!java.util.Objects.equals(registration.getRemarks(), FieldChecks.blankToNull(remarks))) {
            changed.add("remarks");
        }
        registration.changeNeeds(FieldChecks.blankToNull(accessibilityNeeds), FieldChecks.blankToNull(dietaryNeeds), FieldChecks.blankToNull(remarks));
        if (!changed.isEmpty()) {
            events.publishEvent(new RegistrationEvents.RegistrationChanged(registration.getId(), registration.getSessionId(),
                    List.copyOf(changed)));
        }
        return registration;
    }

    /** Cancels through the manage link; a freed seat goes to the first on the waitlist. Cancelling twice is harmless. */
    @Transactional
    public Outcome cancel(String manageToken) {
        var registration = byManageLink(manageToken);
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return outcome(registration, true);
        }
        if (!registration.getStatus().isActive()) {
            throw new BusinessRuleException("registration.error.not-active");
        }
        var ledger = lockLedger(registration.getSessionId()).orElseThrow();
        boolean freed = registration.cancel(clock.instant());
        if (freed) {
            ledger.freeSeat();
            promoteWhileSeatsAreFree(ledger);
        }
        events.publishEvent(new RegistrationCancelled(registration.getId(), registration.getSessionId(), freed));
        log.info("Registration {} cancelled", registration.getId());
        return outcome(registration, false);
    }

    /**
     * Ends an active registration for its erasure, as the participant's own cancel does: a freed
     * seat goes to the first on the waitlist, the calendar module hears of it.
     */
    void withdraw(Registration registration) {
        var ledger = lockLedger(registration.getSessionId());
        boolean freed = registration.cancel(clock.instant());
        if (freed && ledger.isPresent()) {
            ledger.get().freeSeat();
            promoteWhileSeatsAreFree(ledger.get());
        }
        events.publishEvent(new RegistrationCancelled(registration.getId(), registration.getSessionId(), freed));
    }

    /** More or fewer seats: the waitlist moves up as far as the new capacity allows. */
    @Transactional
    public void capacityChanged(long sessionId, int newCapacity) {
        var ledger = lockLedger(sessionId);
        if (ledger.isEmpty()) {
            return;
        }
        ledger.get().resize(newCapacity);
        promoteWhileSeatsAreFree(ledger.get());
    }

    /** Unconfirmed registrations past their window hold nothing and end as EXPIRED. */
    @Transactional
    public int expireUnconfirmed() {
        var now = clock.instant();
        var expired = registrations.findExpired(now);
        for (var registration : expired) {
            registration.expire(now);
            events.publishEvent(new RegistrationExpired(registration.getId(), registration.getSessionId()));
        }
        if (!expired.isEmpty()) {
            log.info("{} unconfirmed registrations expired", expired.size());
        }
        return expired.size();
    }

    @Override
    @Transactional(readOnly = true)
    public Counts of(long sessionId) {
        int confirmed = ledgers.findById(sessionId).map(SeatLedger::getTaken).orElse(0);
        int waitlisted = (int) registrations.countBySessionIdAndStatus(sessionId, RegistrationStatus.WAITLISTED);
        return new Counts(confirmed, waitlisted);
    }

    /** The counts of many sessions in two queries: their seat ledgers, and one grouped count of the waitlists. */
    @Override
    @Transactional(readOnly = true)
    public java.util.Map<Long, Counts> of(java.util.Collection<Long> sessionIds) {
        var result = new java.util.HashMap<Long, Counts>();
        if (sessionIds.isEmpty()) {
            return result;
        }
        var ids = java.util.Set.copyOf(sessionIds);
        var taken = new java.util.HashMap<Long, Integer>();
        ledgers.findAllById(ids).forEach(l -> taken.put(l.getSessionId(), l.getTaken()));
        var waitlisted = new java.util.HashMap<Long, Integer>();
        for (var row : registrations.countWaitlisted(ids)) {
            waitlisted.put((Long) row[0], ((Number) row[1]).intValue());
        }
        ids.forEach(id -> result.put(id, new Counts(taken.getOrDefault(id, 0), waitlisted.getOrDefault(id, 0))));
        return result;
    }

    private void allocate(Registration registration, PublicSession session) {
        var ledger = lockLedger(session.id()).orElseThrow();
        var now = clock.instant();
        if (ledger.tryTakeSeat()) {
            registration.takeSeat(now);
            events.publishEvent(new RegistrationConfirmed(registration.getId(), registration.getSessionId()));
        } else {
            long position = ledger.nextWaitlistPosition();
            registration.joinWaitlist(position, now);
            events.publishEvent(new RegistrationWaitlisted(registration.getId(), registration.getSessionId(), position));
        }
    }

    private void promoteWhileSeatsAreFree(SeatLedger ledger) {
        while (ledger.hasFreeSeat()) {
            var next = registrations.findFirstWaitlisted(ledger.getSessionId());
            if (next.isEmpty()) {
                return;
            }
            ledger.tryTakeSeat();
            next.get().promote(clock.instant());
            registrations.flush();
            events.publishEvent(new WaitlistPromoted(next.get().getId(), ledger.getSessionId()));
            // The calendar module mails the promotion, with the invite (one mail, not two).
            log.info("Registration {} promoted from the waitlist of session {}", next.get().getId(), ledger.getSessionId());
        }
    }

    /**
     * Locks the session's ledger row and reads it fresh. A plain locking query would not do: when
     * the ledger is already in the persistence context (seat counts were read earlier in this
     * transaction), Hibernate locks the row but keeps the stale state, and seats get overbooked.
     */
    private Optional<SeatLedger> lockLedger(long sessionId) {
        var ledger = entityManager.find(SeatLedger.class, sessionId);
        if (ledger == null) {
            return Optional.empty();
        }
        entityManager.refresh(ledger, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(ledger);
    }

    /** Creates the ledger without locking it; the lock comes later, with the allocation. */
    private void ensureLedger(PublicSession session) {
        if (!ledgers.existsById(session.id())) {
            ledgers.createIfMissing(session.id(), session.capacity());
        }
    }

    private PublicSession openSession(long sessionId) {
        var session = planning.publicSession(sessionId)
                .orElseThrow(() -> new NotFoundException("session", sessionId));
        if (!session.acceptsRegistrationsAt(clock.instant())) {
            throw new BusinessRuleException(clock.instant().isBefore(session.startsAt())
                    && session.status() == SessionStatus.PUBLISHED
                    ? "registration.error.window-closed" : "registration.error.session-not-open");
        }
        return session;
    }

    /** The registration's own (first) link, or one of its further active links. */
    private Registration byManageLink(String manageToken) {
        var hash = hashOrEmpty(manageToken);
        return byToken(registrations.findByManageTokenHash(hash).or(() -> manageLinks.findByTokenHashAndRevokedAtIsNull(hash)
                .flatMap(link -> registrations.findById(link.getRegistrationId()))));
    }

    /** Beside the links the person holds; beyond {@link #MAX_EXTRA_LINKS} the oldest further link stops working. */
    private void addManageLink(Registration registration, String hash, java.time.Instant now) {
        var active = manageLinks.findByRegistrationIdAndRevokedAtIsNullOrderByCreatedAtAscIdAsc(registration.getId());
        for (int i = 0; i <= active.size() - MAX_EXTRA_LINKS; i++) {
            active.get(i).revoke(now);
        }
        manageLinks.save(new ManageLink(registration.getId(), hash, now));
    }

    private Registration byToken(Optional<Registration> found) {
        return found.orElseThrow(() -> new BusinessRuleException("registration.error.token-unknown"));
    }

    private static String hashOrEmpty(String token) {
        return token == null || token.isBlank() || token.length() > 100 ? "-" : SecretTokens.hash(token.strip());
    }

    private static Outcome outcome(Registration r, boolean already) {
        return new Outcome(r.getId(), r.getSessionId(), r.getStatus(), r.getWaitlistPosition(), already);
    }

}
