package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import nl.weerbaarbestuur.ontour.testsupport.EnvironmentVariable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/** The one owner of the base URL: trailing slashes dropped once, a malformed address refused at start. */
class SiteAddressTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(SiteAddress.class)
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void the_trailing_slash_is_dropped_once_for_every_module() {
        runner.withPropertyValues("ontour.base-url=https://ontour.example.nl/").run(context -> {
            var site = context.getBean(SiteAddress.class);
            assertThat(site.baseUrl()).isEqualTo("https://ontour.example.nl");
            assertThat(site.link("/sessies/7")).isEqualTo("https://ontour.example.nl/sessies/7");
        });
        assertThat(new SiteAddress("http://localhost:8080/ontour//").baseUrl()).isEqualTo("http://localhost:8080/ontour");
    }

    @Test
    void the_environment_variable_still_sets_it() {
        runner.withInitializer(EnvironmentVariable.of("ONTOUR_BASE_URL", "https://tour.example.nl")).run(context ->
                assertThat(context.getBean(SiteAddress.class).baseUrl()).isEqualTo("https://tour.example.nl"));
    }

    @Test
    void a_malformed_base_url_refuses_the_start_naming_the_property() {
        runner.withPropertyValues("ontour.base-url=ontour.example.nl").run(context -> {
            assertThat(context).hasFailed();
            var messages = new StringBuilder();
            for (var t = context.getStartupFailure(); t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).contains("ontour.base-url").contains("must be an http(s) address");
        });
    }
}
