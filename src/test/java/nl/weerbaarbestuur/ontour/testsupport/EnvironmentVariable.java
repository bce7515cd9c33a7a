package nl.weerbaarbestuur.ontour.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** A variable as the process environment gives it: Spring's relaxed names (ONTOUR_BASE_URL) apply to that source only. */
public final class EnvironmentVariable {

    private EnvironmentVariable() {
    }

    public static ApplicationContextInitializer<ConfigurableApplicationContext> of(String name, String value) {
        return context -> context.getEnvironment().getPropertySources().addFirst(
                new SystemEnvironmentPropertySource("test-" + StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
                        Map.of(name, value)));
    }
}
