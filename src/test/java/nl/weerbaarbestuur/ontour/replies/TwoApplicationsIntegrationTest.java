package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.weerbaarbestuur.ontour.Application;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.testsupport.FixedClockConfiguration;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Two instances of the application as they run in production: besides the test's own application,
 * a second, independent one is started (its own Spring context, web server on another port,
 * schedulers, event listeners and reply reader) on the same database and the same IMAP mailbox.
 * A decline read by one and delivered again to the other, or met by both at once, takes effect
 * once: one cancellation, one promotion, one "decline received" mail.
 *
 * <p>The second application does not republish the event publications it finds unfinished at
 * start ({@code spring.modulith.events.republish-outstanding-events-on-restart=false}): in this
 * shared test database those are other tests' leftovers, and in production an instance that
 * starts beside a running one would also republish events that one is still handling.
 */
class TwoApplicationsIntegrationTest extends ReplyIntegrationBase {

    /** Started once for the class (a full application takes 40-60 s to start on a busy build machine). */
    private static ConfigurableApplicationContext other;

    @Autowired InviteReplies inviteReplies;

    @BeforeAll
    static void startTheSecondApplication() {
        other = secondApplication();
    }

    @AfterAll
    static void stopTheSecondApplication() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void a_decline_delivered_to_two_running_applications_takes_effect_once() throws Exception {
        long session = publishedSession(1);
        var anna = confirmed(session, "Anna Tweemaal");
        var bert = confirmed(session, "Bert Eenmaal");
        assertThat(status(bert.id())).isEqualTo(RegistrationStatus.WAITLISTED);
        ics("invite:" + anna.id() + ":0");
        var decline = outlookReply(anna.email(), ReplySamples.outlook(uid(anna.id(), session), 0, anna.email(), "DECLINED"),
                messageId("two-applications", "mail.example.nl"));

        var otherMailbox = other.getBean(ReplyMailbox.class);
        assertThat(otherMailbox).isNotSameAs(mailbox);

        deliver(decline);
        assertThat(otherMailbox.poll()).as("the second application reads and acts on it").isEqualTo(1);
        deliver(decline);
        assertThat(mailbox.poll()).as("the first one meets the same message again: moved, not acted on").isEqualTo(1);
        deliver(decline);
        deliver(decline);
        assertThat(together(mailbox::poll, otherMailbox::poll)).as("both poll at the same moment")
                .doesNotContain(-1).satisfies(moved -> assertThat(moved.stream().mapToInt(Integer::intValue).sum()).isEqualTo(2));

        // The effects run in the second application's listeners after its commit: let them finish before it stops.
        ics("invite:" + bert.id() + ":0");
        ics("invite:" + anna.id() + ":1");
        awaitOutbox("calendar-decline:" + anna.id());

        assertThat(status(anna.id())).isEqualTo(RegistrationStatus.CANCELLED);
        assertThat(status(bert.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(outcomes(anna.id())).as("one effect, one row, in whichever application").containsExactly("DECLINED_CANCELLED");
        assertThat(outboxCount("calendar-decline:" + anna.id())).as("one decline mail").isEqualTo(1);
        assertThat(outboxCountLike("invite:" + bert.id() + ":%")).as("promoted once: one invite").isEqualTo(1);
        assertThat(outboxCountLike("invite:" + anna.id() + ":%")).as("the invite and one CANCEL").isEqualTo(2);
        assertThat(jdbc.queryForObject("select taken from seat_ledger where training_session_id = ?", Integer.class, session))
                .as("one seat, taken once").isEqualTo(1);
        assertThat(count("INBOX")).isZero();
        assertThat(count("Verwerkt")).isEqualTo(4);
    }

    @Test
    void the_same_reply_handled_by_two_applications_at_the_same_instant_takes_effect_once() throws Exception {
        long session = publishedSession(1);
        var carla = confirmed(session, "Carla Gelijk");
        var dirk = confirmed(session, "Dirk Daarna");
        ics("invite:" + carla.id() + ":0");
        var reply = ReplyMessage.withCalendar(messageId("two-applications-same-instant", "mail.example.nl"), carla.email(), false,
                ReplySamples.outlook(uid(carla.id(), session), 0, carla.email(), "DECLINED"));

        var otherReplies = other.getBean(InviteReplies.class);
        assertThat(otherReplies).isNotSameAs(inviteReplies);
        var results = together(() -> handled(inviteReplies, reply), () -> handled(otherReplies, reply));
        // Whichever application acted: its listeners finish before the test does (the second one stops after the class).
        ics("invite:" + dirk.id() + ":0");
        awaitOutbox("calendar-decline:" + carla.id());

        assertThat(results).containsOnlyOnce("DECLINED_CANCELLED").anySatisfy(r -> assertThat(r).isIn("DUPLICATE", "LOST_THE_CLAIM"));
        assertThat(outcomes(carla.id())).containsExactly("DECLINED_CANCELLED");
        assertThat(status(dirk.id())).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(outboxCountLike("invite:" + dirk.id() + ":%")).isEqualTo(1);
        assertThat(outboxCount("calendar-decline:" + carla.id())).isEqualTo(1);
    }

    // ---

    private static String handled(InviteReplies replies, ReplyMessage reply) {
        try {
            return replies.handle(reply).name();
        } catch (DataIntegrityViolationException claimedByTheOther) {
            return "LOST_THE_CLAIM";
        }
    }

    /** The second application: the test's settings on the command line (they win over application.properties), another port. */
    private static ConfigurableApplicationContext secondApplication() {
        // Vaadin makes the newest context's security-context holder global: the test's own stays in place.
        var strategy = SecurityContextHolder.getContextHolderStrategy();
        long start = System.nanoTime();
        try {
            var context = new SpringApplicationBuilder(Application.class, FixedClockConfiguration.class).run(
                    "--server.port=0",
                    "--ontour.replies.imap.host=localhost", "--ontour.replies.imap.port=" + IMAP_PORT, "--ontour.replies.imap.tls=false",
                    "--ontour.replies.imap.user=" + MAILBOX, "--ontour.replies.imap.password=" + PASSWORD,
                    "--ontour.replies.poll-interval=PT1H", "--ontour.replies.idle=false",
                    "--ontour.mail.dispatch-interval=PT1H", "--ontour.calendar.update-check=PT1H",
                    "--ontour.base-url=https://ontour.example.nl",
                    "--spring.modulith.events.republish-outstanding-events-on-restart=false");
            System.out.printf("[two-applications] second application started in %d ms%n",
                    Duration.ofNanos(System.nanoTime() - start).toMillis());
            return context;
        } finally {
            SecurityContextHolder.setContextHolderStrategy(strategy);
        }
    }

    @SafeVarargs
    private static <T> List<T> together(Callable<T>... tasks) throws Exception {
        var results = new ArrayList<T>();
        try (var pool = Executors.newFixedThreadPool(tasks.length)) {
            var barrier = new CyclicBarrier(tasks.length);
            var futures = new ArrayList<Future<T>>();
            for (var task : tasks) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return task.call();
                }));
            }
            for (var future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
        }
        return results;
    }

    private void awaitOutbox(String key) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> outboxCount(key) > 0);
    }

    private int outboxCount(String key) {
        return jdbc.queryForObject("select count(*) from outbox_message where message_key = ?", Integer.class, key);
    }

    private int outboxCountLike(String pattern) {
        return jdbc.queryForObject("select count(*) from outbox_message where message_key like ?", Integer.class, pattern);
    }
}
