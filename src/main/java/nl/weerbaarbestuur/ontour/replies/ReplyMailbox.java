package nl.weerbaarbestuur.ontour.replies;

import jakarta.mail.FetchProfile;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.UIDFolder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Reads the reply mailbox over IMAP (Jakarta Mail, Angus Mail's IMAP provider): every message in
 * INBOX is handled by {@link InviteReplies} and then moved to {@code Verwerkt} or {@code Onbekend},
 * so it is handled once and a person finds what needs a look. Messages are read without marking
 * them seen, so what is set aside still shows as unread.
 *
 * <p>Nothing is lost when the mailbox or the database is down: a message leaves INBOX only after its
 * outcome is committed, and one whose move failed is recognised by its key the next time (DUPLICATE).
 * After a failed poll the next tries wait longer (the poll interval, doubled on each failure, at most
 * {@code ontour.replies.backoff-max}); {@link #state()} tells the health endpoint.
 *
 * <p>Several instances of the application read one mailbox by turns: a poll first takes the lease
 * ({@link ReplyLease}) and skips its turn while another instance holds it. Should two readers still
 * meet (a lease that ran out mid-poll), the claim in {@link InviteReplies} lets one act on each
 * reply, messages are moved by UID ({@link ReplyMove}), and a message the other reader moved away
 * meanwhile is passed over, not counted as a failure.
 */
@Component
class ReplyMailbox {

    private static final Logger log = LoggerFactory.getLogger(ReplyMailbox.class);

    /** How the last poll went, for the health endpoint. */
    record State(boolean configured, @Nullable Instant lastSuccess, @Nullable Instant lastFailure, int failures,
                 @Nullable String lastError, @Nullable Instant nextAttempt) {
    }

    private final ReplySettings settings;
    private final InviteReplies replies;
    private final Clock clock;
    private final ReplyLease lease;
    private final String reader = ReplyLease.newHolder();
    private volatile State state;

    ReplyMailbox(ReplySettings settings, InviteReplies replies, Clock clock, ReplyLease lease) {
        this.settings = settings;
        this.replies = replies;
        this.clock = clock;
        this.lease = lease;
        this.state = new State(settings.configured(), null, null, 0, null, null);
    }

    State state() {
        return state;
    }

    /** The scheduled run (and the one {@link ReplyIdle} starts): polls unless it is still waiting after a failure. */
    void pollWhenDue() {
        if (!settings.configured()) {
            return;
        }
        var next = state.nextAttempt();
        if (next != null && clock.instant().isBefore(next)) {
            return;
        }
        poll();
    }

    /**
     * Reads the mailbox once; returns how many messages this reader moved, 0 when another instance
     * reads it now, or -1 when the mailbox could not be read.
     */
    synchronized int poll() {
        if (!settings.configured()) {
            return 0;
        }
        try {
            if (!lease.take(reader)) {
                return 0; // another instance reads the mailbox now
            }
            int handled;
            try {
                handled = readOnce();
            } finally {
                lease.giveBack(reader);
            }
            state = new State(true, clock.instant(), state.lastFailure(), 0, null, null);
            return handled;
        } catch (MessagingException | RuntimeException e) {
            int failures = state.failures() + 1;
            var wait = backoff(failures);
            var now = clock.instant();
            state = new State(true, state.lastSuccess(), now, failures, e.getClass().getSimpleName(), now.plus(wait));
            log.warn("Reply mailbox not read ({} time(s) in a row), next try in {}: {}", failures, wait, e.toString());
            return -1;
        }
    }

    Duration backoff(int failures) {
        var wait = settings.pollInterval();
        for (int i = 1; i < failures && wait.compareTo(settings.backoffMax()) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : wait;
    }

    /** A connected store of the reply mailbox; {@code readTimeout} bounds each wait for the server. */
    static Store connect(ReplySettings settings, Duration readTimeout) throws MessagingException {
        var imap = settings.imap();
        var protocol = imap.tls() ? "imaps" : "imap";
        var properties = new Properties();
        properties.put("mail." + protocol + ".connectiontimeout", "10000");
        properties.put("mail." + protocol + ".timeout", String.valueOf(readTimeout.toMillis()));
        properties.put("mail." + protocol + ".writetimeout", "10000");
        properties.put("mail." + protocol + ".peek", "true"); // set-aside mail stays unread for the person who looks
        if (imap.tls()) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        Store store = Session.getInstance(properties).getStore(protocol);
        store.connect(imap.host(), imap.port(), imap.user(), imap.password());
        return store;
    }

    private int readOnce() throws MessagingException {
        Store store = connect(settings, Duration.ofSeconds(20));
        try {
            var inbox = store.getFolder("INBOX");
            var processed = folder(store, ReplyOutcome.PROCESSED_FOLDER);
            var unknown = folder(store, ReplyOutcome.UNKNOWN_FOLDER);
            inbox.open(Folder.READ_WRITE);
            try {
                int count = inbox.getMessageCount();
                var messages = inbox.getMessages(1, Math.min(count, settings.batchSize()));
                var profile = new FetchProfile();
                profile.add(FetchProfile.Item.ENVELOPE);
                profile.add(FetchProfile.Item.SIZE);
                profile.add(FetchProfile.Item.CONTENT_INFO);
                profile.add(UIDFolder.FetchProfileItem.UID);
                inbox.fetch(messages, profile);
                int handled = 0;
                RuntimeException failed = null;
                for (var message : messages) {
                    if (message.isExpunged() || message.isSet(Flags.Flag.DELETED)) {
                        continue;
                    }
                    ReplyOutcome outcome;
                    try {
                        outcome = replies.handle(ReplyReader.read(message, settings.maxMessageSize().toBytes()));
                    } catch (MessagingException e) {
                        if (goneMeanwhile(inbox, message)) {
                            continue; // another reader moved it away meanwhile: it handled it
                        }
                        throw e;
                    } catch (DataIntegrityViolationException e) {
                        continue; // claimed by another reader at this moment: it moves the message
                    } catch (RuntimeException e) {
                        // Left in INBOX for the next poll; the messages after it are not held up by it.
                        log.warn("A reply could not be handled and stays in the mailbox: {}", e.toString());
                        failed = failed == null ? e : failed;
                        continue;
                    }
                    if (ReplyMove.move((IMAPFolder) inbox, message, outcome.folder().equals(processed.getName()) ? processed : unknown)) {
                        handled++;
                    }
                }
                if (failed != null) {
                    throw failed;
                }
                return handled;
            } finally {
                inbox.close(true);
            }
        } finally {
            store.close();
        }
    }

    private static Folder folder(Store store, String name) throws MessagingException {
        var folder = store.getFolder(name);
        if (!folder.exists() && !folder.create(Folder.HOLDS_MESSAGES)) {
            throw new MessagingException("Folder " + name + " could not be created");
        }
        return folder;
    }

    /** Whether the message left INBOX through another reader (asks the server for news first: a NOOP). */
    private static boolean goneMeanwhile(Folder inbox, Message message) throws MessagingException {
        if (message.isExpunged()) {
            return true;
        }
        inbox.getMessageCount();
        return message.isExpunged();
    }
}
