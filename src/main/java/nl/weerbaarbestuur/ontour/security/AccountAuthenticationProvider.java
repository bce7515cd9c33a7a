package nl.weerbaarbestuur.ontour.security;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks e-mail and password against the accounts, refuses throttled addresses, and only reveals
 * that an account is deactivated to someone who knows its password.
 */
class AccountAuthenticationProvider extends DaoAuthenticationProvider {

    private final LoginThrottle throttle;
    private final UserAccountService accounts;

    AccountAuthenticationProvider(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
                                  LoginThrottle throttle, UserAccountService accounts) {
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
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var username = String.valueOf(authentication.getPrincipal());
        if (throttle.isBlocked(username)) {
            throw new LoginThrottledException("too many failed attempts");
        }
        try {
            var result = super.authenticate(authentication);
            throttle.recordSuccess(username);
            if (result.getPrincipal() instanceof SignedInUser user) {
                accounts.recordLogin(user.id());
            }
            return result;
        } catch (BadCredentialsException e) {
            throttle.recordFailure(username);
            throw e;
        }
    }
}
