package nl.weerbaarbestuur.ontour.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Wachtwoord vergeten" for staff accounts: one-time links that expire after
 * {@code ontour.password-reset.validity} (30 minutes), of which only the SHA-256 is stored. A new
 * password ends every open session of the account and every other outstanding link. Mailing the
 * link is the caller's part (the passwordreset module, which may use the mail outbox).
 */
@Service
public class PasswordResets {

    private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

    private final UserAccountRepository accounts;
    private final PasswordResetTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final AccountSessions sessions;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration validity;
    private final int perAccountPerHour;

    PasswordResets(UserAccountRepository accounts, PasswordResetTokenRepository tokens, PasswordEncoder passwordEncoder,
                   AccountSessions sessions, LoginThrottle throttle, Clock clock,
                   SecuritySettings settings) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.sessions = sessions;
        this.throttle = throttle;
        this.clock = clock;
        this.validity = settings.passwordReset().validity();
        this.perAccountPerHour = settings.passwordReset().perAccountPerHour();
    }

    /** A link to mail: the token exists nowhere else in clear. */
    public record IssuedReset(long tokenId, long accountId, String email, String displayName, String token,
                              Instant expiresAt, Duration validity) {

        @Override
        public String toString() {
            return "IssuedReset[" + tokenId + ", account " + accountId + "]";
        }
    }

    /**
     * A new link for the active account with this address, if there is one and it has not had
     * {@code ontour.password-reset.per-account-per-hour} links in the last hour already; otherwise
     * empty. The caller answers the same in every case.
     */
    @Transactional
    public Optional<IssuedReset> issue(String typedEmail) {
        var now = clock.instant();
        var account = accounts.findByEmail(EmailAddresses.normalise(typedEmail)).filter(UserAccount::isActive);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        var id = account.get().getId();
        if (tokens.countByAccountIdAndCreatedAtAfter(id, now.minus(Duration.ofHours(1))) >= perAccountPerHour) {
            log.info("Password reset for account {} not sent: {} links within the hour already", id, perAccountPerHour);
            return Optional.empty();
        }
        var token = SecretTokens.newToken();
        var stored = tokens.save(new PasswordResetToken(id, SecretTokens.hash(token), now, now.plus(validity)));
        log.info("Password reset link {} issued for account {}", stored.getId(), id);
        return Optional.of(new IssuedReset(stored.getId(), id, account.get().getEmail(), account.get().getDisplayName(),
                token, stored.getExpiresAt(), validity));
    }

    /** Whether the link can still set a password (unused, not expired, account active). */
    @Transactional(readOnly = true)
    public boolean isUsable(String token) {
        return usable(token).isPresent();
    }

    /**
     * Sets the new password through the link, once. Every link of the account becomes unusable,
     * every open session of it ends, and earlier failed sign-ins no longer slow its owner down.
     *
     * @throws BusinessRuleException {@code password-reset.error.invalid-link} or a password rule
     */
    @Transactional
    public void reset(String token, String newPassword, @Nullable String clientAddress) {
        var link = usable(token).orElseThrow(() -> new BusinessRuleException("password-reset.error.invalid-link"));
        UserAccountService.requirePassword(newPassword);
        var account = accounts.findById(link.getAccountId()).orElseThrow();
        var now = clock.instant();
        account.changePasswordHash(PasswordHashes.encode(passwordEncoder, newPassword));
        tokens.findByAccountIdAndUsedAtIsNull(account.getId()).forEach(t -> t.use(now));
        link.use(now);
        sessions.endAll(account.getId());
        throttle.forgiveAccount("account:" + account.getId(), clientAddress);
        log.info("Password of account {} set through reset link {}", account.getId(), link.getId());
    }

    /** Forgets links that expired more than a day ago (the hourly limit only needs the last hour). */
    @Transactional
    public int purgeExpired() {
        int removed = tokens.deleteExpiredBefore(clock.instant().minus(Duration.ofDays(1)));
        if (removed > 0) {
            log.info("Removed {} expired password reset link(s)", removed);
        }
        return removed;
    }

    private Optional<PasswordResetToken> usable(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        var now = clock.instant();
        return tokens.findByTokenHash(SecretTokens.hash(token.strip()))
                .filter(t -> t.usableAt(now))
                .filter(t -> accounts.findById(t.getAccountId()).map(UserAccount::isActive).orElse(false));
    }
}
