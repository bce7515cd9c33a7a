package nl.weerbaarbestuur.ontour.notification;

import nl.weerbaarbestuur.ontour.shared.DataEncryption;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up: proves that the data key opens the stored mail bodies (a wrong or lost
 * ONTOUR_DATA_KEY stops the start, loudly, instead of failing every mail later), and encrypts the
 * bodies still stored in clear (rows from before encryption).
 */
@Component
class OutboxEncryption implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OutboxEncryption.class);
    private static final int BATCH = 200;

    private final JdbcTemplate jdbc;
    private final DataEncryption encryption;
    private final TransactionTemplate transaction;

    OutboxEncryption(JdbcTemplate jdbc, DataEncryption encryption, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.encryption = encryption;
        this.transaction = transaction;
    }

    /** After every singleton (Flyway's migration included) and before the web server takes requests. */
    @Override
    public void afterSingletonsInstantiated() {
        checkKey();
        var encrypted = encryptClearRows();
        if (encrypted > 0) {
            log.info("Encrypted the bodies of {} stored mails that were still in clear", encrypted);
        }
    }

    void checkKey() {
        var sample = jdbc.query("select text_body from outbox_message where text_body like 'v1:%' order by id desc limit 1",
                (rs, n) -> rs.getString(1));
        if (!sample.isEmpty()) {
            try {
                encryption.decrypt(sample.getFirst());
            } catch (DataEncryption.UndecryptableException e) {
                throw new IllegalStateException("The stored mails were encrypted with another data key than the "
                        + "current one (ONTOUR_DATA_KEY or ./data/ontour-data.key). Set the key they were written with; "
                        + "the application does not start rather than send mails it cannot read.", e);
            }
        }
    }

    int encryptClearRows() {
        int total = 0;
        while (true) {
            Integer done = transaction.execute(status -> {
                var rows = jdbc.queryForList("select id, text_body, html_body, calendar_ics, list_unsubscribe from outbox_message "
                        + "where text_body not like 'v1:%' order by id limit " + BATCH);
                for (var row : rows) {
                    jdbc.update("update outbox_message set text_body = ?, html_body = ?, calendar_ics = ?, list_unsubscribe = ? "
                                    + "where id = ?",
                            encryptClear((String) row.get("text_body")), encryptClear((String) row.get("html_body")),
                            encryptClear((String) row.get("calendar_ics")), encryptClear((String) row.get("list_unsubscribe")),
                            row.get("id"));
                }
                return rows.size();
            });
            total += done == null ? 0 : done;
            if (done == null || done < BATCH) {
                return total;
            }
        }
    }

    private @Nullable String encryptClear(@Nullable String value) {
        return value == null || DataEncryption.isEncrypted(value) ? value : encryption.encrypt(value);
    }
}
