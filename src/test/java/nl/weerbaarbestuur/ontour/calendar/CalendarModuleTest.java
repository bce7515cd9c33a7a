package nl.weerbaarbestuur.ontour.calendar;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import nl.weerbaarbestuur.ontour.testsupport.EventFlowWait;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The calendar module's event flows, started as the calendar module and the modules it depends on
 * (planning, registration, notification, security, province, shared, audit): attendance, results,
 * privacy, the API and the rest stay out. One configuration for every such test, so they share one
 * cached context: a real SMTP server (GreenMail) on port 3931, the scheduled jobs out of the way
 * (tests run them themselves), and the fixed clock. A {@code Scenario} parameter waits up to
 * {@link EventFlowWait#AT_MOST} for what the listeners do after commit. The module structure is
 * verified once, by ModularityTest, not again at each module test's start.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, verifyAutomatically = false)
@TestPropertySource(properties = {"spring.mail.host=localhost", "spring.mail.port=3931",
        "ontour.mail.dispatch-interval=PT1H", "ontour.calendar.update-check=PT1H",
        "ontour.base-url=https://ontour.example.nl", "ontour.calendar.update-delay=PT5M"})
@Import(FixedClockConfiguration.class)
@ExtendWith(EventFlowWait.class)
@interface CalendarModuleTest {
}
