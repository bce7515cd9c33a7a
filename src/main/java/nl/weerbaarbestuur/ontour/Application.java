package nl.weerbaarbestuur.ontour;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Weerbaar Bestuur On Tour: plans the training tour through the twelve provinces, takes the
 * registrations and keeps calendars and attendee lists true.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@EnableAsync
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/ontour.css")
@StyleSheet("styles/results.css")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        var application = new SpringApplication(Application.class);
        StartupSteps.attachIfAsked(application);
        application.run(args);
    }
}
