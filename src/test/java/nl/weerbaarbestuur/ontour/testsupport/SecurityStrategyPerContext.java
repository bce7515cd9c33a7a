package nl.weerbaarbestuur.ontour.testsupport;

import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Several Spring contexts live in one test run (mock web, random port, a fixed clock), and Vaadin
 * gives each its own security-context holder strategy with its own thread-local, then makes the
 * newest one global. A test that signs in through the global holder would then write where the
 * context under test does not look. This points the global holder at the strategy of the context
 * whose test is about to run.
 */
public class SecurityStrategyPerContext implements TestExecutionListener, Ordered {

    @Override
    public void prepareTestInstance(TestContext testContext) {
        align(testContext);
    }

    @Override
    public void beforeTestMethod(TestContext testContext) {
        align(testContext);
    }

    private static void align(TestContext testContext) {
        var strategy = testContext.getApplicationContext().getBeanProvider(SecurityContextHolderStrategy.class).getIfUnique();
        if (strategy != null && SecurityContextHolder.getContextHolderStrategy() != strategy) {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    @Override
    public int getOrder() {
        // Before Spring Security's WithSecurityContextTestExecutionListener (order 10000).
        return 1000;
    }
}
