package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.verifyNoInteractions;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.testsupport.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The reply mailbox out of reach: nothing is handled, the tries back off, and the health endpoint says so. */
class ReplyMailboxTest {

    private static final Instant NOW = Instant.parse("2027-02-01T09:00:00Z");

    private static ReplySettings settings(String host, int port) {
        return new ReplySettings(new ReplySettings.Imap(host, port, "antwoorden@example.nl", "x", false), "",
                Duration.ofMinutes(1), Duration.ofMinutes(5), DataSize.ofMegabytes(1), 50, Duration.ofDays(90), true,
                Duration.ofMinutes(5), Duration.ofMinutes(10));
    }

    /** The lease is the database's; these tests are about the mailbox, so it is always free here. */
    private static ReplyLease freeLease() {
        var lease = mock(ReplyLease.class);
        when(lease.take(anyString())).thenReturn(true);
        return lease;
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void a_mailbox_that_is_down_is_tried_again_later_and_later_and_shows_as_degraded() throws Exception {
        var clock = new MutableClock(NOW);
        var replies = mock(InviteReplies.class);
        var mailbox = new ReplyMailbox(settings("127.0.0.1", closedPort()), replies, clock, freeLease());
        var health = new ReplyHealth(mailbox, new ReplyIdle(settings("127.0.0.1", 1), mailbox));

        assertThat(mailbox.poll()).isEqualTo(-1);
        assertThat(mailbox.state().failures()).isEqualTo(1);
        assertThat(mailbox.state().nextAttempt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(health.health().getStatus()).isEqualTo(ReplyHealth.DEGRADED);

        clock.advance(Duration.ofSeconds(30));
        mailbox.pollWhenDue();
        assertThat(mailbox.state().failures()).as("still waiting: not tried").isEqualTo(1);

        clock.advance(Duration.ofSeconds(30));
        mailbox.pollWhenDue();
        assertThat(mailbox.state().failures()).isEqualTo(2);
        assertThat(mailbox.state().nextAttempt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        verifyNoInteractions(replies);
        assertThat(new org.springframework.boot.health.actuate.endpoint.SimpleStatusAggregator()
                .getAggregateStatus(org.springframework.boot.health.contributor.Status.UP, ReplyHealth.DEGRADED))
                .as("the application stays UP: registrations go on, replies wait in the mailbox")
                .isEqualTo(org.springframework.boot.health.contributor.Status.UP);
    }

    @Test
    void the_wait_doubles_up_to_the_maximum() {
        var mailbox = new ReplyMailbox(settings("127.0.0.1", 1), mock(InviteReplies.class), new MutableClock(NOW), freeLease());

        assertThat(mailbox.backoff(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(mailbox.backoff(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(mailbox.backoff(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(mailbox.backoff(4)).isEqualTo(Duration.ofMinutes(5));
        assertThat(mailbox.backoff(40)).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void without_a_host_nothing_is_read_and_invites_ask_for_no_reply() {
        var settings = settings("", 993);
        var mailbox = new ReplyMailbox(settings, mock(InviteReplies.class), new MutableClock(NOW), freeLease());

        assertThat(mailbox.poll()).isZero();
        assertThat(new ReplyAddress(settings).address()).isEmpty();
        assertThat(new ReplyHealth(mailbox, new ReplyIdle(settings, mailbox)).health().getStatus().getCode()).isEqualTo("UNKNOWN");
    }

    @Test
    void the_reply_address_is_the_imap_user_unless_given() {
        assertThat(new ReplyAddress(settings("imap.example.nl", 993)).address()).contains("antwoorden@example.nl");
        var own = new ReplySettings(new ReplySettings.Imap("imap.example.nl", 993, "login-42", "x", true), "rsvp@example.nl",
                Duration.ofMinutes(1), Duration.ofMinutes(5), DataSize.ofMegabytes(1), 50, Duration.ofDays(90), true,
                Duration.ofMinutes(5), Duration.ofMinutes(10));
        assertThat(new ReplyAddress(own).address()).contains("rsvp@example.nl");
    }
}
