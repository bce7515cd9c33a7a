package nl.weerbaarbestuur.ontour.registration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionInvitations;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's own registration, without an account: they ask, confirm by e-mail (double
 * opt-in) and then hold a seat or a waitlist position ({@link Seats} decides which); with the
 * manage link from the mail they look it up, change their needs or cancel. Tokens are stored as
 * hashes only; an unknown, used or expired token gets the same kind of answer.
 */
@Service
public class ParticipantRegistrations {

    private static final Logger log = LoggerFactory.getLogger(ParticipantRegistrations.class);
    /** Further manage links a registration may hold besides its first (a repeated request adds one). */
    static final int MAX_EXTRA_LINKS = 4;

    private final RegistrationRepository registrations;
    private final ManageLinkRepository manageLinks;
    private final Seats seats;
    private final ParticipantDetailsCheck detailsCheck;
    private final PlanningService planning;
    private final SessionInvitations invitations;
    private final RegistrationRateLimit rateLimit;
    private final RegistrationMails mails;
    private final Clock clock;
    private final Duration confirmationWindow;

    ParticipantRegistrations(RegistrationRepository registrations, ManageLinkRepository manageLinks, Seats seats,
                             ParticipantDetailsCheck detailsCheck, PlanningService planning,
                             SessionInvitations invitations, RegistrationRateLimit rateLimit, RegistrationMails mails,
                             Clock clock,
                             RegistrationSettings settings) {
        this.registrations = registrations;
        this.manageLinks = manageLinks;
        this.seats = seats;
        this.detailsCheck = detailsCheck;
        this.planning = planning;
        this.invitations = invitations;
        this.rateLimit = rateLimit;
        this.mails = mails;
        this.clock = clock;
        this.confirmationWindow = settings.confirmationWindow();
    }

    /** A request from code (no client address known): only the per-recipient limit applies. */
    @Transactional
    public RegistrationReceipt request(long sessionId, ParticipantDetails input, boolean consent) {
        return request(sessionId, input, consent, null);
    }

    /**
     * As {@link #request(long, ParticipantDetails, boolean)}, through an invitation link: a closed
     * session (besloten) takes registrations only with the token of its current invitation link and
     * is not found (404) without it.
     */
    @Transactional
    public RegistrationReceipt request(long sessionId, ParticipantDetails input, boolean consent, String invitationToken) {
        return request(sessionId, input, consent, invitationToken, null);
    }

    /**
     * A participant's own request, from the form or the API. {@code invitationToken} opens a closed
     * session (null for an open one). {@code clientAddress} (the request's remote address, the real
     * client's behind a trusted proxy) is counted against the limit per client; the recipient gets at
     * most a few mails an hour, whatever the session.
     */
    @Transactional
    public RegistrationReceipt request(long sessionId, ParticipantDetails input, boolean consent, String invitationToken,
                                       String clientAddress) {
        rateLimit.countRequest(clientAddress);
        if (!invitations.admits(sessionId, invitationToken)) {
            throw new NotFoundException("session", sessionId);
        }
        var details = detailsCheck.checked(input, consent);
        var session = openSession(sessionId);
        details = details.forFormat(session.format());
        rateLimit.requireRoomForMail(details.email());
        var now = clock.instant();
        var active = registrations.findBySessionIdAndEmailAndStatusIn(sessionId, details.email(),
                RegistrationStatus.ACTIVE);
        var manageToken = SecretTokens.newToken();
        rateLimit.countMail(details.email());
        if (!active.isEmpty()) {
            var existing = active.getFirst();
            addManageLink(existing, SecretTokens.hash(manageToken), now);
            mails.manageLinkAgain(existing, session, manageToken, now.toEpochMilli());
            log.info("Repeated request for registration {}: another manage link mailed", existing.getId());
            return new RegistrationReceipt(existing.getId(), null, manageToken, true);
        }
        seats.ensureLedger(session);
        var confirmationToken = SecretTokens.newToken();
        var registration = registrations.save(Registration.requested(sessionId, details, SecretTokens.hash(confirmationToken),
                SecretTokens.hash(manageToken), now, now.plus(confirmationWindow)));
        mails.confirmYourRegistration(registration, session, confirmationToken, manageToken);
        log.info("Registration {} requested for session {}", registration.getId(), sessionId);
        return new RegistrationReceipt(registration.getId(), confirmationToken, manageToken, false);
    }

    /** Checks a participant's details and consent as {@link #request} would, and stores nothing. */
    public void check(ParticipantDetails input, boolean consent) {
        detailsCheck.checked(input, consent);
    }

    /** The button behind the e-mail link (a POST: mail scanners open GET links). Clicking twice is harmless. */
    @Transactional
    public RegistrationOutcome confirm(String confirmationToken) {
        var registration = byToken(registrations.findByConfirmationTokenHash(hashOrEmpty(confirmationToken)));
        var now = clock.instant();
        switch (registration.getStatus()) {
            case CONFIRMED, WAITLISTED, AWAITING_APPROVAL -> {
                return RegistrationOutcome.of(registration, true);
            }
            case PENDING_CONFIRMATION -> {
                if (registration.isExpired(now)) {
                    throw new BusinessRuleException("registration.error.token-expired");
                }
            }
            default -> throw new BusinessRuleException("registration.error.token-used");
        }
        boolean approvalRequired = planning.approvalRequired(registration.getSessionId())
                .orElseThrow(() -> new BusinessRuleException("registration.error.session-not-open"));
        if (approvalRequired) {
            registration.awaitApproval(now);
            return RegistrationOutcome.of(registration, false);
        }
        seats.allocate(registration);
        return RegistrationOutcome.of(registration, false);
    }

    /** What the manage link shows. */
    @Transactional(readOnly = true)
    public Attendee byManageToken(String manageToken) {
        return Attendee.of(byManageLink(manageToken));
    }

    /**
     * Whether a manage link shows the status only (no name, e-mail, needs, remarks or fractie):
     * once the registration has ended (cancelled, expired, rejected) or its session is over, the
     * link in an old mailbox should not keep showing personal data.
     */
    @Transactional(readOnly = true)
    public boolean showsStatusOnly(Attendee registration) {
        return !registration.status().isActive() || planning.publicSession(registration.sessionId())
                .map(session -> !clock.instant().isBefore(session.endsAt())).orElse(true);
    }

    /** The participant changes their needs and remarks through the manage link. */
    @Transactional
    public Attendee changeNeeds(String manageToken, String accessibilityNeeds, String dietaryNeeds, String remarks) {
        var registration = byManageLink(manageToken);
        ParticipantDetailsCheck.checkNeeds(accessibilityNeeds, dietaryNeeds, remarks);
        registration.changeOwnNeeds(FieldChecks.blankToNull(accessibilityNeeds), FieldChecks.blankToNull(dietaryNeeds),
                FieldChecks.blankToNull(remarks));
        return Attendee.of(registrations.save(registration));
    }

    /** Cancels through the manage link; a freed seat goes to the first on the waitlist. Cancelling twice is harmless. */
    @Transactional
    public RegistrationOutcome cancel(String manageToken) {
        var registration = byManageLink(manageToken);
        if (registration.getStatus() == RegistrationStatus.CANCELLED) {
            return RegistrationOutcome.of(registration, true);
        }
        if (!registration.getStatus().isActive()) {
            throw new BusinessRuleException("registration.error.not-active");
        }
        seats.cancel(registration);
        log.info("Registration {} cancelled", registration.getId());
        return RegistrationOutcome.of(registration, false);
    }

    /**
     * The participant declined the invite in their calendar (a checked iTIP REPLY): cancelled as the
     * manage link would, the seat going to the first on the waitlist. Returns false when there was
     * nothing to cancel (already cancelled, or no longer active), so a repeated reply changes nothing.
     */
    @Transactional
    public boolean cancelByCalendarDecline(long registrationId) {
        var registration = registrations.findById(registrationId).orElse(null);
        if (registration == null || !registration.getStatus().isActive()) {
            return false;
        }
        // As the manage link's cancel: Seats frees the seat, promotes the next, and the registration announces it.
        seats.cancel(registration);
        log.info("Registration {} cancelled by a decline in the calendar", registration.getId());
        return true;
    }

    /** Unconfirmed registrations past their confirmation window hold nothing and end as EXPIRED. */
    @Transactional
    public int expireUnconfirmed() {
        var now = clock.instant();
        var expired = registrations.findExpired(now);
        for (var registration : expired) {
            registration.expire(now);
        }
        registrations.saveAll(expired);
        if (!expired.isEmpty()) {
            log.info("{} unconfirmed registrations expired", expired.size());
        }
        return expired.size();
    }

    /**
     * What the confirmation link shows when it is opened, without changing anything (mail scanners
     * open links): the outcome if the registration was already confirmed, empty if it still waits
     * for the button (or the token is unknown, used up or expired: the button then says so).
     */
    @Transactional(readOnly = true)
    public Optional<RegistrationOutcome> alreadyConfirmed(String confirmationToken) {
        return registrations.findByConfirmationTokenHash(hashOrEmpty(confirmationToken))
                .filter(r -> EnumSet.of(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED,
                        RegistrationStatus.AWAITING_APPROVAL).contains(r.getStatus()))
                .map(r -> RegistrationOutcome.of(r, true));
    }

    /**
     * A further manage link, handed out on the page right after confirming, so that the person can
     * open their registration (and their calendar file) from there; the link in the mail keeps
     * working. Only for a registration that holds a seat, a waitlist position or waits for approval.
     */
    @Transactional
    public String manageLinkAfterConfirming(String confirmationToken) {
        var registration = byToken(registrations.findByConfirmationTokenHash(hashOrEmpty(confirmationToken)));
        if (!registration.getStatus().isActive() || registration.getStatus() == RegistrationStatus.PENDING_CONFIRMATION) {
            throw new BusinessRuleException("registration.error.not-active");
        }
        var token = SecretTokens.newToken();
        addManageLink(registration, SecretTokens.hash(token), clock.instant());
        return token;
    }

    private SessionFacts openSession(long sessionId) {
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
    private void addManageLink(Registration registration, String hash, Instant now) {
        var active = manageLinks.findByRegistrationIdAndRevokedAtIsNullOrderByCreatedAtAscIdAsc(registration.getId());
        for (int i = 0; i <= active.size() - MAX_EXTRA_LINKS; i++) {
            active.get(i).revoke(now);
        }
        manageLinks.save(new ManageLink(registration.getId(), hash, now));
    }

    private static Registration byToken(Optional<Registration> found) {
        return found.orElseThrow(() -> new BusinessRuleException("registration.error.token-unknown"));
    }

    private static String hashOrEmpty(String token) {
        return token == null || token.isBlank() || token.length() > 100 ? "-" : SecretTokens.hash(token.strip());
    }
}
