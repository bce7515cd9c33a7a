package nl.weerbaarbestuur.ontour.testsupport;

import java.lang.reflect.Method;
import java.time.Duration;
import java.util.function.Function;
import org.awaitility.core.ConditionFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ScenarioCustomizer;

/**
 * How long a {@code Scenario} waits for what the listeners do after commit: 20 seconds, as the
 * event-flow tests waited before they became module tests (Awaitility's own default of 10 seconds is
 * too short on a busy build machine). A listener that never runs still fails the test, just later.
 */
public class EventFlowWait implements ScenarioCustomizer {

    public static final Duration AT_MOST = Duration.ofSeconds(20);

    @Override
    public Function<ConditionFactory, ConditionFactory> getDefaultCustomizer(Method method, ApplicationContext context) {
        return conditions -> conditions.atMost(AT_MOST);
    }
}
