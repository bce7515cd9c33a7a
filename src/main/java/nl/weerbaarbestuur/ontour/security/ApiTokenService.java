package nl.weerbaarbestuur.ontour.security;

import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal API tokens: an organiser creates one (and sees it once), lists and revokes their own.
 * A token signs its owner in for the REST API as long as it is not revoked and the owner is an
 * active organiser; a demoted or deactivated owner's tokens stop working at once.
 */
@Service
public class ApiTokenService {

    private static final Logger log = LoggerFactory.getLogger(ApiTokenService.class);
    static final String PREFIX = "ot_";
    static final int MAX_ACTIVE_PER_ACCOUNT = 20;
    /** How often last_used_at is written at most: a busy script should not turn every call into a write. */
    static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenRepository tokens;
    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApiTokenService(ApiTokenRepository tokens, UserAccountRepository accounts, CurrentUser currentUser, Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** A created token and its clear text, which is shown once and never stored. */
    public record Created(ApiToken token, String clearToken) {
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Created create(String name) {
        var owner = currentUser.require();
        var value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("name", "field.required")));
        }
        if (value.length() > ApiToken.NAME_MAX) {
            throw new InvalidInputException(List.of(new FieldError("name", "field.too-long", ApiToken.NAME_MAX)));
        }
        if (tokens.countByUserAccountIdAndRevokedFalse(owner.id()) >= MAX_ACTIVE_PER_ACCOUNT) {
            throw new BusinessRuleException("api-token.error.too-many", MAX_ACTIVE_PER_ACCOUNT);
        }
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var clear = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var token = tokens.save(new ApiToken(owner.id(), value, hash(clear), clock.instant()));
        log.info("API token {} created by account {}", token.getId(), owner.id());
        return new Created(token, clear);
    }

    /** The signed-in organiser's own tokens, newest first (revoked ones too, marked as such). */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<ApiToken> mine() {
        return tokens.findByUserAccountIdOrderByCreatedAtDescIdDesc(currentUser.require().id());
    }

    /** Revokes one of the signed-in organiser's own tokens; someone else's is "not found". */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public ApiToken revoke(long tokenId) {
        var owner = currentUser.require();
        var token = tokens.findById(tokenId).filter(t -> t.getUserAccountId() == owner.id())
                .orElseThrow(() -> new NotFoundException("api-token", tokenId));
        token.revoke();
        log.info("API token {} revoked by account {}", tokenId, owner.id());
        return token;
    }

    /** Who a bearer token signs in, if anyone. Called before anyone is signed in, hence no role. */
    @Transactional
    Optional<SignedInUser> authenticate(String clearToken) {
        if (clearToken == null || !clearToken.startsWith(PREFIX) || clearToken.length() > 100) {
            return Optional.empty();
        }
        var token = tokens.findByTokenHash(hash(clearToken)).filter(t -> !t.isRevoked());
        if (token.isEmpty()) {
            return Optional.empty();
        }
        var user = accounts.findById(token.get().getUserAccountId())
                .filter(UserAccount::isActive)
                .filter(account -> account.getRole() == Role.ORGANISER)
                .map(SignedInUser::of);
        if (user.isPresent()) {
            var now = clock.instant();
            tokens.recordUse(token.get().getId(), now, now.minus(USE_RECORDING_INTERVAL));
        }
        return user;
    }

    static String hash(String clearToken) {
        return SecretTokens.hash(clearToken);
    }
}
