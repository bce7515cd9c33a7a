package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two readers of one reply mailbox, as two instances of the application would be: each its own
 * {@link ReplyMailbox} with its own IMAP connection and lease holder, the same GreenMail box and the
 * same database, polling at the same moment. Every reply must take effect exactly once, and land
 * exactly once in a folder, whichever reader gets to it first. Below the lease, the claim by
 * Message-ID is tried on its own: the same reply handed to two readers at the same instant.
 */
class TwoReadersIntegrationTest extends ReplyIntegrationBase {

    private static final int SEATS = 4;

    @Autowired ReplySettings settings;
    @Autowired InviteReplies inviteReplies;
    @Autowired ReplyLease lease;

    @Test
    void two_readers_polling_the_same_mailbox_act_on_every_reply_once() throws Exception {
        long session = publishedSession(SEATS);
        var seated = new ArrayList<Person>();
        var waiting = new ArrayList<Person>();
        for (int i = 0; i < SEATS; i++) {
            seated.add(confirmed(session, "Zittend Lid" + i));
        }
        for (int i = 0; i < SEATS; i++) {
            waiting.add(confirmed(session, "Wachtend Lid" + i));
        }
        waiting.forEach(w -> assertThat(status(w.id())).isEqualTo(RegistrationStatus.WAITLISTED));
        int deliveries = 0;
        for (var person : seated) {
            ics("invite:" + person.id() + ":0");
            var decline = outlookReply(person.email(), ReplySamples.outlook(uid(person.id(), session), 0, person.email(), "DECLINED"),
                    messageId("decline-" + person.id(), "mail.example.nl"));
            deliver(decline);
            deliver(decline); // delivered twice, as a retrying mail server does
            deliveries += 2;
        }
        var first = mailbox;
        var second = new ReplyMailbox(settings, inviteReplies, clock, lease);

        var handled = new ArrayList<Integer>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            for (int round = 0; round < 5 && count("INBOX") > 0; round++) {
                var together = new CyclicBarrier(2);
                List<Future<Integer>> polls = List.of(
                        pool.submit(() -> { together.await(); return first.poll(); }),
                        pool.submit(() -> { together.await(); return second.poll(); }));
                for (var poll : polls) {
                    handled.add(poll.get(120, TimeUnit.SECONDS));
                }
            }
        }

        assertThat(handled).as("no reader failed on a message the other one took").doesNotContain(-1);
        assertThat(handled.stream().mapToInt(Integer::intValue).sum()).as("every message moved once").isEqualTo(deliveries);
        assertThat(count("INBOX")).isZero();
        assertThat(count("Verwerkt")).as("no message copied twice").isEqualTo(deliveries);
        assertThat(count("Onbekend")).isZero();
        for (var person : seated) {
            assertThat(status(person.id())).isEqualTo(RegistrationStatus.CANCELLED);
            assertThat(outcomes(person.id())).as("one effect, one row, however many readers and deliveries")
                    .containsExactly("DECLINED_CANCELLED");
            assertThat(jdbc.queryForObject("select count(*) from outbox_message where message_key = ?", Integer.class,
                    "calendar-decline:" + person.id())).isEqualTo(1);
        }
        for (var person : waiting) {
            assertThat(status(person.id())).as("promoted once").isEqualTo(RegistrationStatus.CONFIRMED);
            ics("invite:" + person.id() + ":0");
        }
        assertThat(jdbc.queryForObject("select taken from seat_ledger where training_session_id = ?", Integer.class, session))
                .as("the seats add up: four freed, four taken").isEqualTo(SEATS);
    }

    @Test
    void the_same_reply_handled_by_two_readers_at_the_same_instant_takes_effect_once() throws Exception {
        for (int round = 0; round < 5; round++) {
            long session = publishedSession(1);
            var anna = confirmed(session, "Anna Gelijktijdig" + round);
            var bert = confirmed(session, "Bert Volgende" + round);
            ics("invite:" + anna.id() + ":0");
            var reply = ReplyMessage.withCalendar(messageId("same-instant-" + round, "mail.example.nl"), anna.email(), false,
                    ReplySamples.outlook(uid(anna.id(), session), 0, anna.email(), "DECLINED"));

            var results = new ArrayList<String>();
            try (var pool = Executors.newFixedThreadPool(2)) {
                var together = new CyclicBarrier(2);
                java.util.concurrent.Callable<String> reader = () -> {
                    together.await();
                    try {
                        return inviteReplies.handle(reply).name();
                    } catch (org.springframework.dao.DataIntegrityViolationException claimedByTheOther) {
                        return "LOST_THE_CLAIM";
                    }
                };
                var one = pool.submit(reader);
                var other = pool.submit(reader);
                results.add(one.get(60, TimeUnit.SECONDS));
                results.add(other.get(60, TimeUnit.SECONDS));
            }

            assertThat(results).as("round " + round).containsOnlyOnce("DECLINED_CANCELLED")
                    .anySatisfy(r -> assertThat(r).isIn("DUPLICATE", "LOST_THE_CLAIM"));
            assertThat(outcomes(anna.id())).containsExactly("DECLINED_CANCELLED");
            assertThat(status(bert.id())).isEqualTo(RegistrationStatus.CONFIRMED);
            ics("invite:" + bert.id() + ":0");
            assertThat(jdbc.queryForObject("select count(*) from outbox_message where message_key like ?", Integer.class,
                    "invite:" + bert.id() + ":%")).isEqualTo(1);
        }
    }
}
