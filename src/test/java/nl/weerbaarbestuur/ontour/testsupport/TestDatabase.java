package nl.weerbaarbestuur.ontour.testsupport;

import java.util.HashMap;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Chooses the database of the integration tests: H2 in memory by default, or the MariaDB/MySQL
 * server named by {@code ONTOUR_TEST_DB_URL} (CI sets it). A server that cannot be reached fails
 * the suite; it never falls back to H2 silently. Says on stderr which one it uses.
 */
public class TestDatabase implements EnvironmentPostProcessor, Ordered {

    public static final String URL_VARIABLE = "ONTOUR_TEST_DB_URL";
    private static volatile boolean announced;

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        var url = environment.getProperty(URL_VARIABLE, "");
        if (url.isBlank()) {
            announce("H2 (in memory, MySQL mode). Set " + URL_VARIABLE + " to run against MariaDB/MySQL.");
            return;
        }
        var properties = new HashMap<String, Object>();
        properties.put("spring.datasource.url", url);
        properties.put("spring.datasource.username", environment.getProperty("ONTOUR_TEST_DB_USERNAME", "root"));
        properties.put("spring.datasource.password", environment.getProperty("ONTOUR_TEST_DB_PASSWORD", ""));
        if (isMariaDb(url, (String) properties.get("spring.datasource.username"),
                (String) properties.get("spring.datasource.password"))) {
            // Connector/J reports MariaDB as "5.5.5-10.x": name the dialect instead (STACK.md).
            properties.put("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false");
            properties.put("spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB");
            properties.put("spring.jpa.properties.jakarta.persistence.database-major-version", "10");
            properties.put("spring.jpa.properties.jakarta.persistence.database-minor-version", "11");
        }
        environment.getPropertySources().addFirst(new MapPropertySource("ontourTestDatabase", properties));
        announce(url.replaceAll("password=[^&]*", "password=***"));
    }

    /** Connects once: a server that is down fails here, loudly, before any test runs. */
    private static boolean isMariaDb(String url, String user, String password) {
        try (var connection = java.sql.DriverManager.getConnection(url, user, password)) {
            return connection.getMetaData().getDatabaseProductVersion().contains("MariaDB");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The test database " + URL_VARIABLE + "=" + url
                    + " cannot be reached: " + e.getMessage(), e);
        }
    }

    public static boolean isExternal() {
        var url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    private static void announce(String what) {
        if (!announced) {
            announced = true;
            System.err.println("[ontour-tests] integration tests use database: " + what);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
