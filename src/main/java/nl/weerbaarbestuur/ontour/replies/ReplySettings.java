package nl.weerbaarbestuur.ontour.replies;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.shared.PositiveDuration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The replies module's settings ({@code ontour.replies.*}): the mailbox where participants' replies
 * to their invites arrive, and how it is read.
 *
 * @param imap the reply mailbox (empty host: no replies are read and invites ask for none)
 * @param address the reply mailbox's e-mail address, the ORGANIZER of participants' invites (empty: the IMAP user)
 * @param pollInterval how often the reply mailbox is read
 * @param backoffMax the longest wait between tries while the reply mailbox cannot be reached (the wait doubles from the poll interval)
 * @param maxMessageSize larger messages are set aside unread (folder Onbekend)
 * @param batchSize messages handled at most per poll
 * @param logRetention how long the log of handled replies (with the sender's address) is kept
 * @param idle keep a connection open and wait with IMAP IDLE, so a reply is read as it arrives (only where the server offers IDLE; polling goes on beside it)
 * @param idleRefresh how long one IDLE waits before it is renewed (servers and firewalls drop connections that stay silent; RFC 2177 asks for less than 29 minutes)
 * @param lease how long one instance may read the reply mailbox before another may take over (each poll gives it back when done; longer than a poll takes)
 */
@Validated
@ConfigurationProperties("ontour.replies")
record ReplySettings(@Valid @DefaultValue Imap imap,
                     @DefaultValue("") String address,
                     @PositiveDuration @DefaultValue("PT1M") Duration pollInterval,
                     @PositiveDuration @DefaultValue("PT30M") Duration backoffMax,
                     @DefaultValue("1MB") DataSize maxMessageSize,
                     @Min(1) @DefaultValue("50") int batchSize,
                     @PositiveDuration @DefaultValue("P90D") Duration logRetention,
                     @DefaultValue("true") boolean idle,
                     @PositiveDuration @DefaultValue("PT5M") Duration idleRefresh,
                     @PositiveDuration @DefaultValue("PT10M") Duration lease) {

    /**
     * The IMAP account of the reply mailbox.
     *
     * @param host the IMAP server of the reply mailbox (empty: replies are not read)
     * @param port the IMAP port (993 for IMAP over TLS)
     * @param user the IMAP user name
     * @param password the IMAP password
     * @param tls IMAP over TLS (imaps); false only for a server on the same host or in tests (plain IMAP)
     */
    record Imap(@DefaultValue("") String host,
                @Min(1) @DefaultValue("993") int port,
                @DefaultValue("") String user,
                @DefaultValue("") String password,
                @DefaultValue("true") boolean tls) {
    }

    boolean configured() {
        return !imap.host().isBlank();
    }

    /** The reply address when a reply mailbox is read: {@link #address}, else the IMAP user if it is an address. */
    Optional<String> replyAddress() {
        if (!configured()) {
            return Optional.empty();
        }
        var chosen = address.isBlank() ? imap.user() : address;
        return chosen.contains("@") ? Optional.of(chosen.strip()) : Optional.empty();
    }
}
