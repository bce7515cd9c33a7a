package nl.weerbaarbestuur.ontour.replies;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Waits for replies with IMAP IDLE (RFC 2177) where the server offers it, so a decline frees its
 * seat seconds after it arrives instead of at the next poll. One thread keeps a connection to INBOX
 * open and waits in IDLE; when the server says the mailbox changed, it runs the same poll as the
 * schedule ({@link ReplyMailbox#pollWhenDue}, one at a time). The IDLE is renewed every
 * {@code ontour.replies.idle-refresh}, since servers and firewalls drop silent connections.
 *
 * <p>The schedule keeps polling beside it: when the server has no IDLE, or the connection breaks
 * (it is tried again after the same growing waits as a failed poll), replies are still read, only
 * later. Off with {@code ontour.replies.idle=false}.
 */
@Component
class ReplyIdle implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReplyIdle.class);

    /** What the IDLE connection is doing, for the health endpoint and tests. */
    enum Mode { OFF, CONNECTING, WAITING, UNSUPPORTED, RECONNECTING }

    private final ReplySettings settings;
    private final ReplyMailbox mailbox;
    private volatile boolean running;
    private volatile Mode mode = Mode.OFF;
    private volatile @Nullable IMAPFolder waitingIn;
    private @Nullable Thread thread;
    private @Nullable ScheduledExecutorService refresher;

    ReplyIdle(ReplySettings settings, ReplyMailbox mailbox) {
        this.settings = settings;
        this.mailbox = mailbox;
    }

    Mode mode() {
        return mode;
    }

    @Override
    public synchronized void start() {
        if (running || !settings.configured() || !settings.idle()) {
            return;
        }
        running = true;
        mode = Mode.CONNECTING;
        var refresh = settings.idleRefresh().toMillis();
        refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("reply-idle-refresh").factory());
        refresher.scheduleAtFixedRate(this::renew, refresh, refresh, TimeUnit.MILLISECONDS);
        thread = Thread.ofPlatform().daemon().name("reply-idle").start(this::run);
    }

    @Override
    public synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        if (refresher != null) {
            refresher.shutdownNow();
        }
        renew(); // ends the IDLE that waits now: the loop sees it should stop
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        mode = Mode.OFF;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        int failures = 0;
        while (running) {
            try {
                if (!waitForReplies()) {
                    return; // no IDLE on this server: the schedule polls
                }
                failures = 0;
            } catch (MessagingException | RuntimeException e) {
                if (!running) {
                    return;
                }
                failures++;
                mode = Mode.RECONNECTING;
                var wait = mailbox.backoff(failures);
                log.warn("Reply mailbox IDLE connection lost ({} time(s) in a row), polling goes on; again in {}: {}", failures, wait,
                        e.toString());
                if (!sleep(wait)) {
                    return;
                }
            }
        }
    }

    /** One connection: waits in IDLE until it breaks or the application stops. False when the server has no IDLE. */
    private boolean waitForReplies() throws MessagingException {
        // The read timeout must outlast one IDLE (it is renewed after idle-refresh).
        var store = ReplyMailbox.connect(settings, settings.idleRefresh().plus(Duration.ofMinutes(1)));
        try {
            if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                mode = Mode.UNSUPPORTED;
                log.info("The reply mailbox's server offers no IMAP IDLE: it is polled every {}", settings.pollInterval());
                return false;
            }
            var inbox = (IMAPFolder) store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                waitingIn = inbox;
                mode = Mode.WAITING;
                mailbox.pollWhenDue(); // what arrived while nobody waited
                while (running) {
                    inbox.idle(true); // returns when the server reports a change, or the IDLE is renewed
                    if (running && inbox.getMessageCount() > 0) {
                        mailbox.pollWhenDue();
                    }
                }
                return true;
            } finally {
                waitingIn = null;
                if (inbox.isOpen()) {
                    inbox.close(false);
                }
            }
        } finally {
            store.close();
        }
    }

    /** Any other command ends the IDLE (Angus Mail sends DONE): the loop then starts a fresh one. */
    private void renew() {
        var folder = waitingIn;
        if (folder != null) {
            try {
                folder.isOpen(); // a NOOP on the folder's connection, which ends the IDLE
            } catch (RuntimeException e) {
                // the connection is gone: the loop notices and connects again
            }
        }
    }

    private static boolean sleep(Duration wait) {
        try {
            Thread.sleep(wait);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
