package nl.weerbaarbestuur.ontour.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V17 moves the export log of V7 into the access log (one place) and drops it. */
class AccessLogMigrationTest {

    private static final String URL = "jdbc:h2:mem:access-log-migration;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1";

    @Test
    void the_export_log_rows_become_access_log_rows_and_the_old_table_goes() throws SQLException {
        // The last migration before V17, whichever the other branches add (V13..V16).
        var before = java.util.Arrays.stream(Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration")
                        .load().info().all())
                .map(m -> m.getVersion()).filter(v -> v.compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion("17")) < 0)
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target(before).load().migrate();
        try (var connection = DriverManager.getConnection(URL, "sa", "");
             var statement = connection.createStatement()) {
            statement.execute("insert into user_account (email, display_name, password_hash, role, active, created_at) "
                    + "values ('gerda@griffie.nl', 'Gerda Griffie', 'x', 'GRIFFIE', true, '2026-01-01 10:00:00')");
            statement.execute("insert into export_log (account_email, training_session_id, session_title, export_format, "
                    + "row_count, exported_at) values ('gerda@griffie.nl', 12, 'Weerbaar Utrecht', 'CSV', 7, '2026-03-01 09:00:00')");
            statement.execute("insert into export_log (account_email, training_session_id, session_title, export_format, "
                    + "row_count, exported_at) values ('weg@griffie.nl', 12, 'Weerbaar Utrecht', 'PDF', 5, '2026-03-02 09:00:00')");
        }

        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

        try (var connection = DriverManager.getConnection(URL, "sa", "");
             var statement = connection.createStatement()) {
            var rows = new ArrayList<List<Object>>();
            try (var result = statement.executeQuery("select account_email, account_name, account_role, access_action, "
                    + "training_session_id, session_title, row_count, scope, registration_id from access_log order by id")) {
                while (result.next()) {
                    rows.add(List.of(result.getString(1), String.valueOf(result.getString(2)), result.getString(3),
                            result.getString(4), result.getLong(5), result.getString(6), result.getInt(7),
                            String.valueOf(result.getString(8)), String.valueOf(result.getObject(9))));
                }
            }
            assertThat(rows).containsExactly(
                    List.of("gerda@griffie.nl", "Gerda Griffie", "GRIFFIE", "EXPORT_CSV", 12L, "Weerbaar Utrecht", 7, "null", "null"),
                    List.of("weg@griffie.nl", "null", "UNKNOWN", "EXPORT_PDF", 12L, "Weerbaar Utrecht", 5, "null", "null"));
            assertThatThrownBy(() -> statement.executeQuery("select count(*) from export_log")).isInstanceOf(SQLException.class);
        }
    }
}
