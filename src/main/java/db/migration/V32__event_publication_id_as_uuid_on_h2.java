package db.migration;

import java.sql.SQLException;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On H2 (the embedded default) the module events' {@code EVENT_PUBLICATION.ID} becomes a UUID column.
 * Spring Modulith reads that column back as a {@code java.util.UUID} on H2 and as a string on
 * MySQL/MariaDB; V1 made it {@code VARCHAR(36)} everywhere, so on H2 every read of a stored
 * publication failed ("Database value not of type UUID!"). Nothing read them while all went well,
 * but an event still outstanding when the application stopped made the next start fail for good:
 * Modulith publishes outstanding events again at start and could not read them. MySQL and MariaDB
 * keep the string column Modulith expects there.
 */
public class V32__event_publication_id_as_uuid_on_h2 extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2")) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("ALTER TABLE EVENT_PUBLICATION ALTER COLUMN ID UUID NOT NULL");
        }
    }
}
