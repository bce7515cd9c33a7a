package nl.weerbaarbestuur.ontour.journey;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A journey through the running application in headless Chromium. Every journey uses exactly this
 * configuration, so the Spring test context cache starts the application once for all of them.
 * Leave them out with {@code -DexcludedGroups=benchmark,browser}; run only them with {@code -Dgroups=browser}.
 *
 * <p>The application runs in Vaadin's development mode (with the pre-compiled development bundle:
 * no npm, no Vite). Its development tools are switched off here: their floating toolbar and their
 * "App is running in development mode" notification lie over the header (the language switch and
 * the sign-in link) and catch the clicks meant for it, and production never shows them.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("browser")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.devTools.enabled=false",
                // A real SMTP server (GreenMail, started by the journeys that read mail) on this port;
                // the journeys dispatch the outbox themselves.
                "spring.mail.host=localhost", "spring.mail.port=" + BrowserJourney.SMTP_PORT,
                "ontour.mail.dispatch-interval=PT1H"})
@ExtendWith(Chromium.class)
public @interface BrowserJourney {

    int SMTP_PORT = 3926;
}
