package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import nl.weerbaarbestuur.ontour.testsupport.EnvironmentVariable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesBindException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * The mail settings are bound and checked when the context starts, by Spring's own binder and
 * validator (no mocks): a bad value refuses the start with a message naming the property.
 */
class MailSettingsValidationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MailSettings.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void without_any_property_the_defaults_apply() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            var settings = context.getBean(MailSettings.class);
            assertThat(settings.from()).isEqualTo("On Tour <ontour@localhost>");
            assertThat(settings.replyTo()).isEmpty();
            assertThat(settings.batchSize()).isEqualTo(50);
            assertThat(settings.lease()).isEqualTo(Duration.ofMinutes(5));
            assertThat(settings.backoffBase()).isEqualTo(Duration.ofMinutes(1));
            assertThat(settings.backoffMax()).isEqualTo(Duration.ofHours(1));
            assertThat(settings.maxAttempts()).isEqualTo(8);
        });
    }

    @Test
    void zero_attempts_refuse_the_start_naming_the_property() {
        runner.withPropertyValues("ontour.mail.max-attempts=0").run(context -> {
            assertThat(context).hasFailed();
            assertThat(messages(context.getStartupFailure()))
                    .contains("ontour.mail.max-attempts")
                    .contains("must be greater than or equal to 1");
        });
    }

    @Test
    void a_zero_lease_and_a_malformed_sender_refuse_the_start_naming_both() {
        runner.withPropertyValues("ontour.mail.lease=PT0S", "ontour.mail.from=On Tour <ontour-at-example>")
                .run(context -> {
                    assertThat(context).hasFailed();
                    assertThat(messages(context.getStartupFailure()))
                            .contains("ontour.mail.lease").contains("must be a duration longer than zero")
                            .contains("ontour.mail.from").contains("must be one e-mail address");
                });
    }

    @Test
    void a_sender_with_a_display_name_and_an_environment_variable_are_accepted() {
        runner.withInitializer(EnvironmentVariable.of("ONTOUR_MAIL_REPLY_TO", "vragen@example.nl"))
                .withPropertyValues("ontour.mail.from=Weerbaar Bestuur <ontour@example.nl>").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context.getBean(MailSettings.class).from()).isEqualTo("Weerbaar Bestuur <ontour@example.nl>");
                    assertThat(context.getBean(MailSettings.class).replyTo()).isEqualTo("vragen@example.nl");
                });
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void a_real_start_reports_the_property_its_value_and_the_reason(CapturedOutput output) {
        var start = new SpringApplicationBuilder(Settings.class).web(WebApplicationType.NONE)
                .properties("ontour.mail.max-attempts=0");
        assertThatThrownBy(start::run).hasStackTraceContaining(ConfigurationPropertiesBindException.class.getName());
        assertThat(output.getAll())
                .contains("APPLICATION FAILED TO START")
                .contains("Property: ontour.mail.maxAttempts")
                .contains("Value: \"0\"")
                .contains("Origin: \"ontour.mail.max-attempts\"")
                .contains("Reason: must be greater than or equal to 1");
    }

    /** The failure and its causes, as the start-up log shows them. */
    static String messages(Throwable failure) {
        var all = new StringBuilder();
        for (var t = failure; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
        }
        return all.toString();
    }
}
