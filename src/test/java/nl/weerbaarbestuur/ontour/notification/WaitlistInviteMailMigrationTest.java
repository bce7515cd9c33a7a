package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/** V31 deletes an organiser's text of the mail type that no longer exists, and nothing else. */
class WaitlistInviteMailMigrationTest {

    private static final String URL = "jdbc:h2:mem:waitlist-invite-mail;MODE=MySQL;DATABASE_TO_LOWER=TRUE;"
            + "CASE_INSENSITIVE_IDENTIFIERS=TRUE;NON_KEYWORDS=VALUE,USER;DB_CLOSE_DELAY=-1";

    @Test
    void an_edited_back_on_the_waitlist_text_goes_and_the_other_texts_stay() throws SQLException {
        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").target("30").load().migrate();
        try (var connection = DriverManager.getConnection(URL, "sa", "");
             var statement = connection.createStatement()) {
            for (var row : new String[][] {{"INVITE_WAITLISTED", "nl"}, {"INVITE_WAITLISTED", "en"}, {"INVITE_CANCELLED", "nl"}}) {
                statement.execute("insert into mail_template (message_type, language, subject, body, updated_by, updated_at) "
                        + "values ('" + row[0] + "', '" + row[1] + "', 'Onderwerp', 'Tekst', 'organisator@example.nl', "
                        + "'2026-11-01 10:00:00')");
            }
        }

        Flyway.configure().dataSource(URL, "sa", "").locations("classpath:db/migration").load().migrate();

        try (var connection = DriverManager.getConnection(URL, "sa", "");
             var statement = connection.createStatement();
             var result = statement.executeQuery("select message_type, language from mail_template order by id")) {
            var left = new ArrayList<String>();
            while (result.next()) {
                left.add(result.getString(1) + "/" + result.getString(2));
            }
            assertThat(left).containsExactly("INVITE_CANCELLED/nl");
        }
    }
}
