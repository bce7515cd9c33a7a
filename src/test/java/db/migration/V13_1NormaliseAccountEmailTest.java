package db.migration;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;

/** The Java migration rewrites stored addresses into their normalised form, row by row. */
class V13_1NormaliseAccountEmailTest {

    @Test
    void stored_addresses_are_normalised_and_a_collision_keeps_the_older_account() throws Exception {
        try (var connection = DriverManager.getConnection("jdbc:h2:mem:v13_1;MODE=MySQL;DATABASE_TO_LOWER=TRUE")) {
            var statement = connection.createStatement();
            statement.execute("CREATE TABLE user_account (id BIGINT PRIMARY KEY, email VARCHAR(254) NOT NULL UNIQUE)");
            statement.execute("INSERT INTO user_account VALUES (1, ' Anna@Provincie.NL '), (2, '\uff47riffie@zeeland.nl'),"
                    + " (3, 'griffie@zeeland.nl'), (4, 'bram@provincie.nl')");

            new V13_1__normalise_account_email().migrate(context(connection));

            var emails = new ArrayList<String>();
            try (var result = statement.executeQuery("SELECT email FROM user_account ORDER BY id")) {
                while (result.next()) {
                    emails.add(result.getString(1));
                }
            }
            // Row 2 normalises to row 3's address, which exists already: it keeps its old spelling.
            assertThat(emails).isEqualTo(List.of("anna@provincie.nl", "\uff47riffie@zeeland.nl", "griffie@zeeland.nl",
                    "bram@provincie.nl"));
        }
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
