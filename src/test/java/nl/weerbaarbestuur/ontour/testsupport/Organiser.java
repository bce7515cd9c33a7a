package nl.weerbaarbestuur.ontour.testsupport;

import java.util.Set;
import java.util.function.Supplier;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.security.SignedInUser;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs code as a signed-in user (services check roles with method security). */
public final class Organiser {

    private Organiser() {
    }

    public static SignedInUser user(Role role, String... provinces) {
        return new SignedInUser(999_000 + role.ordinal(), role.name().toLowerCase() + "@test.ontour.nl",
                "Test " + role.name(), role, Set.of(provinces), "{noop}x", true);
    }

    public static void signIn(SignedInUser user) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }

    public static <T> T as(SignedInUser user, Supplier<T> action) {
        var previous = SecurityContextHolder.getContext();
        signIn(user);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
