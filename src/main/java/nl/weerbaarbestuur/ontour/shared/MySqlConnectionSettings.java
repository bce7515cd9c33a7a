package nl.weerbaarbestuur.ontour.shared;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Connection settings for MySQL Connector/J (MySQL in production, MariaDB in tests and CI) that
 * the driver leaves off by default. Without them the driver parses every SQL string again on each
 * {@code prepareStatement} (Hibernate's statements are long: a fifth of a confirmation's CPU went to
 * {@code QueryInfo} and {@code StringInspector} in a Flight Recorder profile) and asks the server
 * for the session state it already knows.
 *
 * <p>Applied only to a Hikari pool whose URL is {@code jdbc:mysql:} (H2 refuses settings it does not
 * know) and only where the operator has not set the same key
 * ({@code spring.datasource.hikari.data-source-properties.*} or the URL win).
 */
@Configuration(proxyBeanMethods = false)
class MySqlConnectionSettings {

    /** Each with the reason; none changes what a statement means. */
    static final Map<String, String> SETTINGS = Map.of(
            // keep the parsed form of each statement per connection, Hibernate's long ones included
            "cachePrepStmts", "true",
            "prepStmtCacheSize", "250",
            "prepStmtCacheSqlLimit", "8192",
            // answer autocommit, isolation and read-only from the driver's own state, no round trip
            "useLocalSessionState", "true",
            // read the server's variables once per pool, not once per connection
            "cacheServerConfiguration", "true",
            // no System.currentTimeMillis() bookkeeping per packet (only used for a diagnostic message)
            "maintainTimeStats", "false");

    @Bean
    static BeanPostProcessor mySqlConnectionSettingsPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    apply(pool);
                }
                return bean;
            }
        };
    }

    static void apply(HikariDataSource pool) {
        var url = pool.getJdbcUrl();
        if (url == null || !url.startsWith("jdbc:mysql:")) {
            return;
        }
        var query = url.indexOf('?') < 0 ? "" : url.substring(url.indexOf('?') + 1);
        SETTINGS.forEach((key, value) -> {
            if (!pool.getDataSourceProperties().containsKey(key) && !query.contains(key + "=")) {
                pool.addDataSourceProperty(key, value);
            }
        });
    }
}
