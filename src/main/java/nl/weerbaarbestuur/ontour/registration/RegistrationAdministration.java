package nl.weerbaarbestuur.ontour.registration;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a griffie (for its own province's people) or an organiser does with registrations: register
 * someone directly (no opt-in), approve or reject, send a substitute, correct, remove or move
 * someone (reading the lists is {@link Attendees}). A griffie never learns whether a registration of
 * another province exists: it is "not found" to them.
 */
@Service
public class RegistrationAdministration {

    private static final Logger log = LoggerFactory.getLogger(RegistrationAdministration.class);

    private final RegistrationRepository registrations;
    private final ManageLinkRepository manageLinks;
    private final Seats seats;
    private final ParticipantDetailsCheck detailsCheck;
    private final PlanningService planning;
    private final CurrentUser currentUser;
    private final RegistrationMails mails;
    private final Clock clock;

    RegistrationAdministration(RegistrationRepository registrations, ManageLinkRepository manageLinks, Seats seats,
                               ParticipantDetailsCheck detailsCheck, PlanningService planning, CurrentUser currentUser,
                               RegistrationMails mails, Clock clock) {
        this.registrations = registrations;
        this.manageLinks = manageLinks;
        this.seats = seats;
        this.detailsCheck = detailsCheck;
        this.planning = planning;
        this.currentUser = currentUser;
        this.mails = mails;
        this.clock = clock;
    }

    /** A griffie user (for its own province) or an organiser registers someone directly: no opt-in. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public RegistrationReceipt registerOnBehalf(long sessionId, ParticipantDetails input) {
        var details = detailsCheck.checked(input, true);
        var user = currentUser.require();
        if (!user.covers(details.provinceCode())) {
            throw new AccessDeniedException("griffie of another province");
        }
        var session = planning.publicSession(sessionId)
                .filter(s -> s.status() == SessionStatus.PUBLISHED)
                .orElseThrow(() -> new BusinessRuleException("registration.error.session-not-open"));
        var duplicates = registrations.findBySessionIdAndEmailAndStatusIn(sessionId, details.email(),
                RegistrationStatus.ACTIVE);
        if (!duplicates.isEmpty()) {
            throw new BusinessRuleException("registration.error.already-registered", details.email());
        }
        seats.ensureLedger(session);
        var manageToken = SecretTokens.newToken();
        var registration = registrations.save(Registration.onBehalf(sessionId, details, MadeBy.staff(user), user.email(),
                SecretTokens.hash(manageToken), clock.instant()));
        seats.allocate(registration);
        mails.registeredOnBehalf(registration, session, manageToken, user.displayName());
        return new RegistrationReceipt(registration.getId(), null, manageToken, false);
    }

    /** A griffie (for its own province) or an organiser approves a registration that waits for approval. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public RegistrationOutcome approve(long registrationId) {
        var registration = inScope(registrationId);
        if (registration.getStatus() != RegistrationStatus.AWAITING_APPROVAL) {
            throw new BusinessRuleException("registration.error.not-awaiting-approval");
        }
        var session = planning.publicSession(registration.getSessionId())
                .orElseThrow(() -> new BusinessRuleException("registration.error.session-not-open"));
        seats.ensureLedger(session);
        seats.allocate(registration);
        log.info("Registration {} approved by account {}", registrationId, currentUser.require().id());
        return RegistrationOutcome.of(registration, false);
    }

    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public RegistrationOutcome reject(long registrationId) {
        var registration = inScope(registrationId);
        registration.reject(clock.instant());
        log.info("Registration {} rejected by account {}", registrationId, currentUser.require().id());
        return RegistrationOutcome.of(registration, false);
    }

    /** Someone else takes a confirmed seat (the griffie sends a substitute); the seat is never released in between. */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public RegistrationReceipt substitute(long registrationId, ParticipantDetails substituteInput) {
        var registration = inScope(registrationId);
        var details = detailsCheck.checked(substituteInput, true);
        var user = currentUser.require();
        if (!user.covers(details.provinceCode())) {
            throw new AccessDeniedException("griffie of another province");
        }
        var manageToken = SecretTokens.newToken();
        var replacement = seats.handOver(registration, details, MadeBy.staff(user), user.email(),
                SecretTokens.hash(manageToken));
        log.info("Registration {} substituted by {} (account {})", registrationId, replacement.getId(), user.id());
        return new RegistrationReceipt(replacement.getId(), null, manageToken, false);
    }

    /**
     * An organiser or the person's griffie removes someone from the list: as the participant's own
     * cancel, the freed seat goes to the first on the waitlist and the calendar gets a CANCEL.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public RegistrationOutcome remove(long registrationId) {
        var registration = inScope(registrationId);
        if (!registration.getStatus().isActive()) {
            throw new BusinessRuleException("registration.error.not-active");
        }
        seats.cancel(registration);
        log.info("Registration {} removed by account {}", registrationId, currentUser.require().id());
        return RegistrationOutcome.of(registration, false);
    }

    /**
     * Moves someone to another published session of the same tour: cancelled here (the seat freed,
     * the waitlist promoted, a CANCEL for the calendar) and registered there on behalf (a seat or
     * the waitlist, a REQUEST), in one transaction.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public RegistrationOutcome move(long registrationId, long targetSessionId) {
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
        if (!registrations.findBySessionIdAndEmailAndStatusIn(to.id(), details.email(),
                RegistrationStatus.ACTIVE).isEmpty()) {
            throw new BusinessRuleException("registration.error.already-registered", details.email());
        }
        remove(registrationId);
        // The participant's manage link goes with them to the new session; the old row gets a dead one.
        String manageTokenHash = registration.getManageTokenHash();
        registration.replaceManageToken(SecretTokens.hash(SecretTokens.newToken()));
        registrations.flush();
        var user = currentUser.require();
        seats.ensureLedger(to);
        var moved = registrations.save(Registration.onBehalf(to.id(), details, MadeBy.staff(user), user.email(),
                manageTokenHash, clock.instant()));
        manageLinks.findByRegistrationId(registrationId).forEach(link -> link.moveTo(moved.getId()));
        seats.allocate(moved);
        log.info("Registration {} moved to session {} as {}", registrationId, to.id(), moved.getId());
        return RegistrationOutcome.of(moved, false);
    }

    /**
     * A griffie (for its own province's people) or an organiser corrects an active registration:
     * function, fractie, needs and remarks. Not the name or e-mail: the e-mail is who the person
     * is (their manage link and mails go there); someone else is a substitute.
     */
    @RolesAllowed({Role.Names.GRIFFIE, Role.Names.ORGANISER})
    @Transactional
    public Attendee edit(long registrationId, AttendeeChanges changes) {
        var registration = inScope(registrationId);
        ParticipantDetailsCheck.check(changes);
        registration.changeRole(changes.function(), FieldChecks.blankToNull(changes.fractie()));
        registration.changeNeeds(FieldChecks.blankToNull(changes.accessibilityNeeds()),
                FieldChecks.blankToNull(changes.dietaryNeeds()), FieldChecks.blankToNull(changes.remarks()));
        log.info("Registration {} edited by account {}", registrationId, currentUser.require().id());
        return Attendee.of(registration);
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
}
