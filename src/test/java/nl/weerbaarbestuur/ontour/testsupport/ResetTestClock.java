package nl.weerbaarbestuur.ontour.testsupport;

import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts the shared {@link MutableClock} of a Spring test context back before every test, so that a
 * test that forgot to set the clock does not run at whatever time the previous test (of this class
 * or of another class sharing the cached context) left it.
 *
 * <ul>
 *   <li>Before a test class (before its {@code @BeforeAll} methods): the clock's own start,
 *       {@link FixedClockConfiguration#NOW}. A {@code @Nested} class starts where its enclosing
 *       class's tests start.</li>
 *   <li>Before each test (before its {@code @BeforeEach} methods): the instant the clock showed when
 *       the class's first test began, that is after the class's {@code @BeforeAll} methods. A class
 *       that sets the clock in {@code @BeforeAll} keeps that time for every test; a test that moves
 *       it moves it for itself only. A {@code @BeforeEach} that sets the clock still wins: it runs
 *       after this.</li>
 * </ul>
 *
 * <p>Registered for every test class through JUnit's extension auto-detection
 * ({@code src/test/resources/junit-platform.properties} and
 * {@code META-INF/services/org.junit.jupiter.api.extension.Extension}); JUnit runs auto-detected
 * extensions before those declared with {@code @ExtendWith}, so this also runs before Spring's own
 * callbacks. It does nothing for a class that is no Spring test, or whose context has no
 * {@link MutableClock} (the browser journeys, for one, run on the real clock).
 */
public class ResetTestClock implements BeforeAllCallback, BeforeEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ResetTestClock.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        clock(context).ifPresent(clock -> {
            var enclosing = context.getParent().flatMap(ResetTestClock::classContext).flatMap(ResetTestClock::startOf);
            if (enclosing.isPresent()) {
                clock.set(enclosing.get());
            } else if (context.getRequiredTestClass().getEnclosingClass() == null
                    || !isSpringTest(context.getRequiredTestClass().getEnclosingClass())) {
                clock.reset();
            }
            // A @Nested class whose enclosing class ran no test yet: the enclosing class's
            // @BeforeAll set the clock (or left it at the start) a moment ago; keep that.
        });
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        clock(context).ifPresent(clock -> {
            var owner = classContext(context).orElseThrow();
            var start = startOf(owner);
            if (start.isPresent()) {
                clock.set(start.get());
            } else {
                owner.getStore(NAMESPACE).put(key(owner), clock.instant());
            }
        });
    }

    /** The instant the class's tests start at, once its first test has begun. */
    private static Optional<Instant> startOf(ExtensionContext classContext) {
        // Keyed by the class's own id: a store also answers with what its parents hold.
        return Optional.ofNullable(classContext.getStore(NAMESPACE).get(key(classContext), Instant.class));
    }

    private static String key(ExtensionContext classContext) {
        return "start of " + classContext.getUniqueId();
    }

    /** The context of the class the given context (a test, a parameterised invocation, a class) belongs to. */
    private static Optional<ExtensionContext> classContext(ExtensionContext context) {
        var current = Optional.of(context);
        while (current.isPresent() && current.get().getTestMethod().isPresent()) {
            current = current.get().getParent();
        }
        return current.filter(c -> c.getTestClass().isPresent());
    }

    private static Optional<MutableClock> clock(ExtensionContext context) {
        if (context.getTestClass().isEmpty() || !isSpringTest(context.getRequiredTestClass())) {
            return Optional.empty();
        }
        var beans = SpringExtension.getApplicationContext(context).getBeanProvider(MutableClock.class);
        return Optional.ofNullable(beans.getIfUnique());
    }

    /** Whether Spring's extension runs this class: {@code @SpringBootTest} and the like say so with {@code @ExtendWith}. */
    private static boolean isSpringTest(Class<?> testClass) {
        for (Class<?> type = testClass; type != null; type = type.getEnclosingClass()) {
            boolean spring = MergedAnnotations.from(type, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                    .stream(ExtendWith.class)
                    .anyMatch(extendWith -> Arrays.asList(extendWith.getClassArray("value")).contains(SpringExtension.class));
            if (spring) {
                return true;
            }
        }
        return false;
    }
}
