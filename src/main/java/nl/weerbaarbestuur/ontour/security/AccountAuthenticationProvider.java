package nl.weerbaarbestuur.ontour.security;

import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks e-mail and password against the accounts, asks the {@link LoginThrottle} first, and only
 * reveals that an account is deactivated to someone who knows its password. The typed address is
 * normalised and matched exactly; failures count against the matched account, whatever spelling
 * was typed. Serves the sign-in form and HTTP Basic (API, actuator) alike: their details carry the
 * client address ({@code request.getRemoteAddr()}, which the proxy configuration makes the real one).
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final UserAccountService accounts;
    private final UserAccountRepository repository;

    AccountAuthenticationProvider(AccountUserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                                  LoginThrottle throttle, UserAccountService accounts, UserAccountRepository repository) {
        super(userDetailsService);
        setPasswordEncoder(passwordEncoder);
        // Disabled is checked after the password (post), not before it (pre).
        setPreAuthenticationChecks(user -> { });
        setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException("account deactivated");
            }
        });
        this.throttle = throttle;
        this.accounts = accounts;
        this.repository = repository;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var email = EmailAddresses.normalise(String.valueOf(authentication.getPrincipal()));
        var key = repository.findIdByEmail(email).map(id -> "account:" + id).orElse("unknown:" + email);
        var clientAddress = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (!throttle.begin(key, clientAddress)) {
            throw new LoginThrottledException("too many failed attempts");
        }
        try {
            var result = super.authenticate(authentication);
            throttle.recordSuccess(key, clientAddress);
            if (result.getPrincipal() instanceof SignedInUser user) {
                accounts.recordLogin(user.id());
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(key, clientAddress);
            throw e;
        } finally {
            throttle.end(key, clientAddress);
        }
    }
}
