package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.weerbaarbestuur.ontour.shared.EmailAddresses;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites the stored account addresses into their normalised form (NFKC, lower case, trimmed),
 * which SQL cannot compute. Two rows that normalise to the same address cannot both have it: a row
 * that already holds the normalised spelling keeps it, else the lowest id gets it; the other keeps
 * its old spelling, which no typed address matches any more, and is logged by id for an organiser
 * to resolve (deactivate it, or give it another address).
 */
public class V13_1__normalise_account_email extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V13_1__normalise_account_email.class);

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        Map<Long, String> rows = new LinkedHashMap<>();
        try (var select = connection.prepareStatement("SELECT id, email FROM user_account ORDER BY id");
             var result = select.executeQuery()) {
            while (result.next()) {
                rows.put(result.getLong(1), result.getString(2));
            }
        }
        var taken = new java.util.HashSet<>(rows.values());
        try (var update = connection.prepareStatement("UPDATE user_account SET email = ? WHERE id = ?")) {
            for (var row : rows.entrySet()) {
                var normalised = EmailAddresses.normalise(row.getValue());
                if (normalised.equals(row.getValue())) {
                    continue;
                }
                if (taken.contains(normalised)) {
                    log.warn("Account {} has an address that, normalised, belongs to another account: left as it was", row.getKey());
                    continue;
                }
                taken.remove(row.getValue());
                taken.add(normalised);
                update.setString(1, normalised);
                update.setLong(2, row.getKey());
                update.executeUpdate();
            }
        }
    }
}
