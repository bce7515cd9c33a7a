package nl.weerbaarbestuur.ontour.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.weerbaarbestuur.ontour.security.Role;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Runs a test signed in with a {@code SignedInUser} of this role that has no account behind it
 * ({@link SignInAs#withoutAccount}). Set before the test method and its {@code @BeforeEach}, so a
 * browserless test's first UI already belongs to this user, as after a real sign-in.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Inherited
@Documented
@WithSecurityContext(factory = WithSignedInUser.Factory.class)
public @interface WithSignedInUser {

    Role value();

    String[] provinces() default {};

    final class Factory implements WithSecurityContextFactory<WithSignedInUser> {

        @Override
        public SecurityContext createSecurityContext(WithSignedInUser annotation) {
            return SignInAs.contextFor(SignInAs.withoutAccount(annotation.value(), annotation.provinces()));
        }
    }
}
