package nl.weerbaarbestuur.ontour.testsupport;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

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
 * <p>A Spring {@link TestExecutionListener} (registered for every Spring test in
 * {@code src/test/resources/META-INF/spring.factories}), not a JUnit extension of its own: it runs
 * inside Spring's extension, and before a class it touches only a context that is already loaded
 * (a new context has a new clock). A JUnit extension found by auto-detection runs before a class's
 * {@code @RegisterExtension} fields, so asking it for the clock started the application before,
 * for one, {@code ReplyIdleIntegrationTest}'s IMAP server, whose IDLE connection then never came up.
 * Contexts without a {@link MutableClock} (the browser journeys run on the real clock) are left alone.
 */
public class ResetTestClock implements TestExecutionListener, Ordered {

    /** Where each running test class's tests start; a nested class's entry sits beside its enclosing class's. */
    private static final Map<Class<?>, Instant> STARTS = new ConcurrentHashMap<>();

    @Override
    public void beforeTestClass(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        clock(testContext.getApplicationContext()).ifPresent(clock -> {
            var enclosing = testContext.getTestClass().getEnclosingClass();
            var start = enclosing == null ? null : STARTS.get(enclosing);
            if (start != null) {
                clock.set(start);
            } else if (enclosing == null) {
                clock.reset();
            }
            // A @Nested class whose enclosing class ran no test yet: that class's @BeforeAll set the
            // clock (or left it at the start) a moment ago; keep that.
        });
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        clock(testContext.getApplicationContext()).ifPresent(clock -> {
            var start = STARTS.putIfAbsent(testContext.getTestClass(), clock.instant());
            if (start != null) {
                clock.set(start);
            }
        });
    }

    @Override
    public void afterTestClass(TestContext testContext) {
        STARTS.remove(testContext.getTestClass());
    }

    private static Optional<MutableClock> clock(ApplicationContext context) {
        return Optional.ofNullable(context.getBeanProvider(MutableClock.class).getIfUnique());
    }

    @Override
    public int getOrder() {
        // After Spring's DirtiesContextBeforeModesTestExecutionListener (1500), which may close the context first.
        return 1600;
    }
}
