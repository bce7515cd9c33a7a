package nl.weerbaarbestuur.ontour.testsupport;

import java.util.Locale;
import java.util.Set;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Puts a {@link SignedInUser} into the security context, as a successful sign-in does. The services
 * read who is acting through {@code CurrentUser}, which only accepts that principal, so Spring's
 * {@code @WithMockUser} (a plain {@code User}) is not enough for them.
 */
public final class SignInAs {

    /** The id of a principal that has no account row behind it. */
    public static final long NO_ACCOUNT = -1;

    private SignInAs() {
    }

    /** Signs in as this principal (for instance one loaded from the real accounts). */
    public static void user(SignedInUser user) {
        SecurityContextHolder.setContext(contextFor(user));
    }

    /** Signs in as someone with this role who has no account: enough for views and role checks. */
    public static SignedInUser role(Role role, String... provinceCodes) {
        var user = withoutAccount(role, provinceCodes);
        user(user);
        return user;
    }

    /** Signs out: nobody is acting. */
    public static void nobody() {
        SecurityContextHolder.clearContext();
    }

    public static SignedInUser withoutAccount(Role role, String... provinceCodes) {
        var name = role.name().toLowerCase(Locale.ROOT);
        return new SignedInUser(NO_ACCOUNT, name + ".zonder.account@test.ontour.nl", "Test " + name, role,
                Set.of(provinceCodes), "", true);
    }

    /** Runs the action as this user and restores whoever was signed in before. */
    public static <T> T as(SignedInUser user, java.util.function.Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        user(user);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    static SecurityContext contextFor(SignedInUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        return context;
    }
}
