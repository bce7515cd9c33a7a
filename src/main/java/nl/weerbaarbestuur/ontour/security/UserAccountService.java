package nl.weerbaarbestuur.ontour.security;

import jakarta.annotation.security.RolesAllowed;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User administration for organisers: create, change role and provinces, deactivate, reset a
 * password. Passwords are only ever stored as hashes; a new one is shown once to the organiser.
 */
@Service
public class UserAccountService {

    private static final Logger log = LoggerFactory.getLogger(UserAccountService.class);
    static final int MIN_PASSWORD_LENGTH = 12;
    /** BCrypt reads at most 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final AccountSessions sessions;

    UserAccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, CurrentUser currentUser, Clock clock,
                       AccountSessions sessions) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.clock = clock;
        this.sessions = sessions;
    }

    /** A created account and its first password, which is shown once and never stored in clear. */
    public record Created(UserAccount account, String initialPassword) {
    }

    /** An active griffie user, as the messages the platform sends on its own need it. */
    public record GriffieContact(long id, String email, String displayName, Set<String> provinceCodes) {
    }

    /** The active griffie users with their provinces: for the daily digest, not for screens. */
    @Transactional(readOnly = true)
    public List<GriffieContact> activeGriffieUsers() {
        return accounts.findAllByOrderByRoleAscDisplayNameAsc().stream()
                .filter(a -> a.isActive() && a.getRole() == Role.GRIFFIE)
                .map(a -> new GriffieContact(a.getId(), a.getEmail(), a.getDisplayName(), Set.copyOf(a.getProvinceCodes())))
                .toList();
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return accounts.findAllByOrderByRoleAscDisplayNameAsc();
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Created create(String email, String displayName, Role role, Set<String> provinceCodes) {
        var password = PasswordGenerator.generate();
        var account = createAccount(email, displayName, role, provinceCodes, password);
        log.info("Account {} created with role {} by {}", account.getId(), role, actor());
        return new Created(account, password);
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public UserAccount update(long id, String displayName, Role role, Set<String> provinceCodes) {
        var account = load(id);
        if (isSelf(account) && role != Role.ORGANISER) {
            throw new BusinessRuleException("user.error.cannot-demote-self");
        }
        account.rename(requireName(displayName));
        account.assign(requireRole(role), provinceCodes);
        log.info("Account {} now has role {} (changed by {})", id, role, actor());
        return account;
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public UserAccount deactivate(long id) {
        var account = load(id);
        if (isSelf(account)) {
            throw new BusinessRuleException("user.error.cannot-deactivate-self");
        }
        account.deactivate();
        // Its open sessions end with the change (after commit), not when they time out.
        sessions.endAll(id);
        log.info("Account {} deactivated by {}", id, actor());
        return account;
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public UserAccount activate(long id) {
        var account = load(id);
        account.activate();
        log.info("Account {} activated by {}", id, actor());
        return account;
    }

    /** Sets a new random password and returns it, to be handed over once. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public String resetPassword(long id) {
        var account = load(id);
        var password = PasswordGenerator.generate();
        account.changePasswordHash(PasswordHashes.encode(passwordEncoder, password));
        sessions.endAll(id);
        log.info("Password of account {} reset by {}", id, actor());
        return password;
    }

    /** Creates an account outside any user's session: the first organiser and the demo data. */
    @Transactional
    UserAccount createAccount(String email, String displayName, Role role, Set<String> provinceCodes, String password) {
        var normalisedEmail = requireEmail(email);
        if (accounts.existsByEmail(normalisedEmail)) {
            throw new BusinessRuleException("user.error.email-taken", normalisedEmail);
        }
        requirePassword(password);
        var account = new UserAccount(normalisedEmail, requireName(displayName), requireRole(role), provinceCodes,
                PasswordHashes.encode(passwordEncoder, password), clock.instant());
        return accounts.save(account);
    }

    @Transactional
    void recordLogin(long id) {
        accounts.recordLogin(id, clock.instant());
    }

    @Transactional(readOnly = true)
    boolean hasActiveOrganiser() {
        return accounts.countByRoleAndActiveTrue(Role.ORGANISER) > 0;
    }

    static void requirePassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessRuleException("user.error.password-too-short", MIN_PASSWORD_LENGTH);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new BusinessRuleException("user.error.password-too-long", MAX_PASSWORD_BYTES);
        }
    }

    private static String requireEmail(String email) {
        var value = EmailAddresses.normalise(email);
        var problem = EmailAddresses.problem(value);
        if (problem.isPresent()) {
            throw new BusinessRuleException(switch (problem.get()) {
                case MISSING -> "user.error.email-required";
                case NOT_PLAIN -> "field.email-not-plain";
                case INVALID -> "user.error.email-invalid";
            });
        }
        return value;
    }

    private static String requireName(String name) {
        var value = name == null ? "" : name.strip();
        if (value.isEmpty()) {
            throw new BusinessRuleException("user.error.name-required");
        }
        if (value.length() > 120) {
            throw new BusinessRuleException("user.error.name-too-long", 120);
        }
        return value;
    }

    private static Role requireRole(Role role) {
        if (role == null) {
            throw new BusinessRuleException("user.error.role-required");
        }
        return role;
    }

    private UserAccount load(long id) {
        return accounts.findById(id).orElseThrow(() -> new BusinessRuleException("user.error.not-found"));
    }

    private boolean isSelf(UserAccount account) {
        return currentUser.get().map(u -> u.id() == account.getId()).orElse(false);
    }

    private String actor() {
        return currentUser.get().map(u -> "account " + u.id()).orElse("system");
    }
}
