package nl.weerbaarbestuur.ontour.planning;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DataEncryption;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed sessions (besloten): an organiser closes a session; it then leaves the public catalogue,
 * API and feeds, and people reach it only through its invitation link, which organisers and the
 * griffie of its province share, revoke and renew. The link is found by the SHA-256 of its token;
 * the token is kept encrypted with the data key so that those who share it can show it again.
 */
@Service
public class SessionInvitations {

    private static final Logger log = LoggerFactory.getLogger(SessionInvitations.class);

    /** Whether a session is closed, and its current invitation link (null: none, or revoked). */
    public record Invitation(long sessionId, boolean closed, @Nullable String link, @Nullable Instant createdAt,
                             @Nullable Instant revokedAt) {
    }

    private final TrainingSessionRepository sessions;
    private final SessionChangeRepository history;
    private final DataEncryption encryption;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String baseUrl;

    SessionInvitations(TrainingSessionRepository sessions, SessionChangeRepository history, DataEncryption encryption,
                       CurrentUser currentUser, Clock clock,
                       SiteAddress site) {
        this.sessions = sessions;
        this.history = history;
        this.encryption = encryption;
        this.currentUser = currentUser;
        this.clock = clock;
        this.baseUrl = site.baseUrl();
    }

    /**
     * The address of a session's public page, from the configured base URL (not the organiser's
     * own address bar, which may be an internal name), for a slide, a poster or a QR code.
     */
    public String publicPageLink(long sessionId) {
        return baseUrl + "/sessies/" + sessionId;
    }

    /** Closes or opens a session; closing gives it an invitation link if it has none. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Invitation setClosed(long sessionId, boolean closed) {
        var session = load(sessionId);
        if (session.isClosed() != closed) {
            session.requireEditable();
            session.markClosed(closed);
            record(session, closed ? "closed" : "opened");
            log.info("Session {} is now {} (by account {})", sessionId, closed ? "closed" : "open", actorId());
        }
        if (closed && session.getInvitationTokenHash() == null) {
            issue(session);
        }
        return invitation(session);
    }

    /** The state and link of a closed session, for organisers and the griffie of its province. */
    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE})
    @Transactional(readOnly = true)
    public Invitation of(long sessionId) {
        return invitation(loadInScope(sessionId));
    }

    /** Makes a new invitation link; the previous one stops working at once. */
    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE})
    @Transactional
    public Invitation renew(long sessionId) {
        var session = loadInScope(sessionId);
        if (!session.isClosed()) {
            throw new nl.weerbaarbestuur.ontour.shared.BusinessRuleException("closed.error.not-closed");
        }
        issue(session);
        record(session, "invitation-renewed");
        return invitation(session);
    }

    /** Revokes the invitation link: it leads nowhere from now on. */
    @RolesAllowed({Role.Names.ORGANISER, Role.Names.GRIFFIE})
    @Transactional
    public Invitation revoke(long sessionId) {
        var session = loadInScope(sessionId);
        session.revokeInvitation(clock.instant());
        record(session, "invitation-revoked");
        log.info("Invitation link of session {} revoked (by account {})", sessionId, actorId());
        return invitation(session);
    }

    /** The session an invitation token opens (public): empty for an unknown or revoked token, or an open session. */
    @Transactional(readOnly = true)
    public Optional<Long> sessionFor(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return sessions.findByInvitationTokenHash(SecretTokens.hash(token.strip()))
                .filter(TrainingSession::isClosed)
                .filter(s -> s.getStatus() != SessionStatus.DRAFT)
                .map(TrainingSession::getId);
    }

    /** Whether someone may register for this session: any open session, or a closed one with its current token. */
    @Transactional(readOnly = true)
    public boolean admits(long sessionId, String token) {
        var session = sessions.findById(sessionId);
        return session.isPresent() && (!session.get().isClosed() || sessionFor(token).filter(id -> id == sessionId).isPresent());
    }

    private void issue(TrainingSession session) {
        var token = SecretTokens.newToken();
        session.invite(SecretTokens.hash(token), encryption.encrypt(token), clock.instant());
    }

    private Invitation invitation(TrainingSession s) {
        var link = s.getInvitationToken() == null ? null : baseUrl + "/uitnodiging/" + encryption.decrypt(s.getInvitationToken());
        return new Invitation(s.getId(), s.isClosed(), link, s.getInvitationCreatedAt(), s.getInvitationRevokedAt());
    }

    private TrainingSession loadInScope(long sessionId) {
        var session = load(sessionId);
        var user = currentUser.require();
        if (!user.covers(session.getProvinceCode())) {
            throw new AccessDeniedException("griffie of another province");
        }
        return session;
    }

    private TrainingSession load(long sessionId) {
        return sessions.findById(sessionId).orElseThrow(() -> new NotFoundException("session", sessionId));
    }

    private void record(TrainingSession session, String kind) {
        history.save(new SessionChange(session.getId(), clock.instant(),
                currentUser.get().map(u -> u.email()).orElse("system"), kind, null));
    }

    private Object actorId() {
        return currentUser.get().map(u -> (Object) u.id()).orElse("system");
    }
}
