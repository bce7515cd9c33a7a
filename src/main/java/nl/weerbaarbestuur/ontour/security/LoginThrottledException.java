package nl.weerbaarbestuur.ontour.security;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for this address: refused without checking the password. */
public class LoginThrottledException extends AuthenticationException {

    public LoginThrottledException(String message) {
        super(message);
    }
}
