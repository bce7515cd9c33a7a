package nl.weerbaarbestuur.ontour.replies;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who reads the reply mailbox now, over all instances of the application: a lease in the database
 * ({@code reply_mailbox_lease}), taken with one atomic UPDATE when it has run out, given back when
 * the poll is done. Another instance polling at the same moment skips its turn instead of racing
 * over the same messages on the IMAP server. Should a poll outlast its lease, the claim of each
 * reply by its Message-ID still lets only one reader act on it.
 */
@Component
class ReplyLease {

    private static final String NAME = "reply-mailbox";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration length;

    ReplyLease(JdbcTemplate jdbc, Clock clock, ReplySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.length = settings.lease();
    }

    /** A new reader's name (one per {@link ReplyMailbox}: per instance of the application). */
    static String newHolder() {
        return UUID.randomUUID().toString();
    }

    /** Takes the lease for {@code holder} when it is free, has run out, or is the holder's own; says whether it did. */
    boolean take(String holder) {
        var now = clock.instant();
        return jdbc.update("update reply_mailbox_lease set holder = ?, leased_until = ? where name = ? and (leased_until <= ? or holder = ?)",
                holder, Timestamp.from(now.plus(length)), NAME, Timestamp.from(now), holder) == 1;
    }

    /** Gives the lease back, so the next poll of any instance may read at once. */
    void giveBack(String holder) {
        jdbc.update("update reply_mailbox_lease set leased_until = ? where name = ? and holder = ?",
                Timestamp.from(clock.instant()), NAME, holder);
    }
}
