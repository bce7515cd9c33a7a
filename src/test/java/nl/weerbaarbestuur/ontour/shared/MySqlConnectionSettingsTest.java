package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class MySqlConnectionSettingsTest {

    @Test
    void a_mysql_pool_gets_the_statement_cache_and_local_session_state() {
        try (var pool = pool("jdbc:mysql://127.0.0.1:3306/ontour?connectionTimeZone=UTC")) {
            MySqlConnectionSettings.apply(pool);

            assertThat(pool.getDataSourceProperties())
                    .containsEntry("cachePrepStmts", "true")
                    .containsEntry("prepStmtCacheSqlLimit", "8192")
                    .containsEntry("useLocalSessionState", "true")
                    .hasSameSizeAs(MySqlConnectionSettings.SETTINGS);
        }
    }

    @Test
    void what_the_operator_set_in_the_url_or_the_properties_wins() {
        try (var pool = pool("jdbc:mysql://db/ontour?cachePrepStmts=false")) {
            pool.addDataSourceProperty("prepStmtCacheSize", "25");

            MySqlConnectionSettings.apply(pool);

            assertThat(pool.getDataSourceProperties()).doesNotContainKey("cachePrepStmts")
                    .containsEntry("prepStmtCacheSize", "25")
                    .containsEntry("useLocalSessionState", "true");
        }
    }

    @Test
    void an_h2_pool_is_left_alone_because_h2_refuses_settings_it_does_not_know() {
        try (var pool = pool("jdbc:h2:mem:settings")) {
            MySqlConnectionSettings.apply(pool);

            assertThat(pool.getDataSourceProperties()).isEmpty();
        }
    }

    private static HikariDataSource pool(String url) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }
}
