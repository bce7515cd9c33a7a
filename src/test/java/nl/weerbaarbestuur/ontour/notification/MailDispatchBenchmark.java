package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Dispatches 10,000 due reminders, each with its .ics invite attached, to a local SMTP server
 * (GreenMail) through the outbox, and prints messages per second, time per message (p50/p95/p99,
 * per batch) and heap used (the peak with garbage, and what stays after a collection); beside it
 * the ceiling: the same messages, composed the same way, sent straight with Jakarta Mail over one
 * connection kept open. The two take turns, 500 messages at a time, so that the load of a shared
 * machine falls on both alike. Asserts only that every message was sent exactly once; never fails
 * on a time. Run: see README, "Benchmarks".
 */
@Tag("benchmark")
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3941",
        "ontour.mail.dispatch-interval=PT1H", "ontour.mail.dispatch-initial-delay=PT1H",
        "ontour.mail.batch-size=${bench.batch:50}", "logging.level.nl.weerbaarbestuur=WARN"})
class MailDispatchBenchmark {

    static final int MESSAGES = Integer.getInteger("bench.messages", 10_000);
    static final int ENQUEUE_CHUNK = 500;
    /** Messages per turn of the dispatcher and of the ceiling. */
    static final int SLICE = 500;

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3941, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(false);

    @Autowired MailOutbox outbox;
    @Autowired MailDispatcher dispatcher;
    @Autowired OutboxMessageRepository messages;
    @Autowired TransactionTemplate transaction;

    private static String ics() throws Exception {
        return Files.readString(Path.of("src/test/resources/calendar/request.ics"));
    }

    private static OutgoingMessage reminder(String run, int i, String ics) {
        var text = ("Beste deelnemer " + i + ",\n\nDit is een herinnering aan de training \"Weerbaar in de Staten\" op "
                + "dinsdag 11 mei 2027, 19:00–21:30.\n\nLocatie: Provinciehuis Utrecht, Archimedeslaan 6, 3584 BA Utrecht\n\n"
                + "Kunt u niet komen? Meld u dan af via de link in uw bevestigingsmail.\n\n"
                + "Alles over de sessie: https://ontour.example.nl/sessies/1\n\nMet vriendelijke groet,\nWeerbaar Bestuur On Tour 2027");
        return new OutgoingMessage("bench:" + run + ":" + i, "REMINDER", "nl", "deelnemer" + i + "@example.nl",
                "Herinnering: Weerbaar in de Staten, dinsdag 11 mei 2027", text)
                .withCalendar("REQUEST", ics).from("Weerbaar Bestuur On Tour 2027", "ontour@example.nl");
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }

    /** Heap still in use after a collection: what the work retains (the collection's time is not counted). */
    private static long retainedHeap() {
        System.gc();
        return usedHeap();
    }

    private static void print(String what, int count, long nanos, List<Double> perMessageMs, long heapBaseline, long heapMax,
                              List<Long> retained) {
        var sorted = perMessageMs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-36s %6d msgs in %7.2f s = %8.1f msg/s; per message p50 %.2f ms, p95 %.2f ms, p99 %.2f ms;"
                        + " heap used (with garbage) up to %d MB above baseline; retained after GC %s MB%n", what, count,
                nanos / 1e9, count / (nanos / 1e9), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                (heapMax - heapBaseline) >> 20, retained.stream().map(r -> String.valueOf((r - heapBaseline) >> 20)).toList());
    }

    @Test
    void dispatch_ten_thousand_reminders_with_invites_and_compare_with_one_reused_connection() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var ics = ics();
        // GreenMail makes a mailbox user for each new recipient on delivery; made here, before the
        // heap baseline, they do not count as heap the dispatcher kept (the ceiling reuses them).
        for (int i = 0; i < MESSAGES; i++) {
            smtp.setUser("deelnemer" + i + "@example.nl", "x");
        }

        for (int from = 0; from < MESSAGES; from += ENQUEUE_CHUNK) {
            int start = from;
            transaction.executeWithoutResult(s -> {
                for (int i = start; i < Math.min(MESSAGES, start + ENQUEUE_CHUNK); i++) {
                    outbox.enqueue(reminder(run, i, ics));
                }
            });
        }
        System.out.printf("%n=== Mail dispatch: %d reminders with invites, batch %s; %d cores; load %s ===%n", MESSAGES,
                System.getProperty("bench.batch", "50"), Runtime.getRuntime().availableProcessors(), load());

        // The ceiling: the same messages, composed by the same code, over one connection kept open.
        var properties = new Properties();
        properties.put("mail.smtp.host", "localhost");
        properties.put("mail.smtp.port", "3941");
        var session = Session.getInstance(properties);
        var now = Instant.now();

        // Dispatcher and ceiling take turns, a slice at a time, so that the load of a shared machine
        // falls on both alike; the heap is read after each slice (a collection between slices, not timed).
        long baseline = retainedHeap();
        long maxHeap = baseline;
        long ceilingMaxHeap = baseline;
        var retained = new ArrayList<Long>();
        var perMessage = new ArrayList<Double>();
        var ceilingPerMessage = new ArrayList<Double>();
        long busy = 0;
        long ceilingBusy = 0;
        int sent = 0;
        int ceilingSent = 0;
        try (var transport = session.getTransport("smtp")) {
            transport.connect();
            while (sent < MESSAGES) {
                int sliceEnd = Math.min(MESSAGES, sent + SLICE);
                while (sent < sliceEnd) {
                    long t0 = System.nanoTime();
                    int n = dispatcher.dispatchDue("bench");
                    long took = System.nanoTime() - t0;
                    if (n == 0) {
                        break;
                    }
                    busy += took;
                    sent += n;
                    perMessage.add(took / 1e6 / n);
                    maxHeap = Math.max(maxHeap, usedHeap());
                }
                smtp.purgeEmailFromAllMailboxes(); // keep the test server's storage out of the heap figure
                if (sent < sliceEnd) {
                    break;
                }
                for (; ceilingSent < sent; ceilingSent++) {
                    long t0 = System.nanoTime();
                    var mime = new MimeMessage(session);
                    dispatcher.compose(mime, new OutboxMessage(reminder("ceiling-" + run, ceilingSent, ics), true, now));
                    mime.saveChanges();
                    transport.sendMessage(mime, mime.getAllRecipients());
                    long took = System.nanoTime() - t0;
                    ceilingBusy += took;
                    ceilingPerMessage.add(took / 1e6);
                }
                ceilingMaxHeap = Math.max(ceilingMaxHeap, usedHeap());
                smtp.purgeEmailFromAllMailboxes();
                if ((sent / SLICE) % Math.max(1, MESSAGES / SLICE / 5) == 0) {
                    retained.add(retainedHeap());
                }
            }
        }
        print("outbox dispatcher (batch " + Integer.getInteger("bench.batch", 50) + ")", sent, busy, perMessage, baseline,
                maxHeap, retained);
        print("ceiling: Jakarta Mail, 1 connection", ceilingSent, ceilingBusy, ceilingPerMessage, baseline, ceilingMaxHeap,
                List.of());
        System.out.printf("dispatcher reaches %.0f%% of the ceiling (load %s); heap retained after GC, MB above the baseline,"
                        + " at every fifth of the run: %s%n", 100.0 * (sent / (busy / 1e9)) / (ceilingSent / (ceilingBusy / 1e9)),
                load(), retained.stream().map(r -> String.valueOf((r - baseline) >> 20)).toList());
        System.out.println("heap max " + (Runtime.getRuntime().maxMemory() >> 20) + " MB; args "
                + Arrays.toString(ManagementFactory.getRuntimeMXBean().getInputArguments().toArray()));

        assertThat(sent).isEqualTo(MESSAGES);
        assertThat(ceilingSent).isEqualTo(MESSAGES);
        assertThat(messages.findAll().stream().filter(m -> m.getKey().startsWith("bench:" + run + ":"))
                .allMatch(m -> m.getStatus() == MessageStatus.SENT && m.getAttempts() == 1)).isTrue();
    }

    /** The machine's load (1, 5, 15 minutes) as {@code uptime} shows it. */
    private static String load() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }
}
