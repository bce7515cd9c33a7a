package nl.weerbaarbestuur.ontour.benchmark;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import nl.weerbaarbestuur.ontour.planning.Audience;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionPlan;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.registration.ParticipantDetails;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.testsupport.SignInAs;
import nl.weerbaarbestuur.ontour.testsupport.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A registration burst: 2,000 registrations for one 50-seat session confirmed concurrently by 64
 * clients through the HTTP API, then the database's own ceiling: as many concurrent single-row
 * conditional updates over plain JDBC. Prints figures; asserts only correctness (exactly 50
 * confirmed, 1,950 waitlisted in confirmation order, no errors), never a time.
 *
 * <p>Run: {@code ONTOUR_TEST_DB_URL=jdbc:mysql://127.0.0.1:3306/ontour_bench ./mvnw test -Dgroups=benchmark -DexcludedGroups= -Dtest=RegistrationBurstBenchmark}
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "ontour.registration.rate-limit.enabled=false")
class RegistrationBurstBenchmark {

    static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 2000);
    static final int CLIENTS = Integer.getInteger("bench.clients", 64);
    static final int SEATS = 50;

    @LocalServerPort int port;
    @Autowired ParticipantRegistrations registrations;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired DataSource dataSource;

    @Test
    void a_burst_of_confirmations_never_overbooks_and_keeps_the_waitlist_in_order() throws Exception {
        System.out.printf("%n=== Registration burst on %s: %d confirmations, %d clients, %d seats ===%n",
                TestDatabase.isExternal() ? "MariaDB/MySQL (" + System.getenv(TestDatabase.URL_VARIABLE) + ")" : "H2 in memory",
                REGISTRATIONS, CLIENTS, SEATS);
        long session = SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Benchmark " + UUID.randomUUID(), null, LocalDate.now(), LocalDate.now().plusYears(1), "b@test.nl");
            var start = LocalDate.now().plusDays(60).atTime(LocalTime.of(19, 0)).atZone(DutchTime.ZONE).toInstant();
            var created = sessions.create(new SessionPlan(tour.getId(), "UT", "Burst", null, null, start,
                    start.plus(Duration.ofHours(2)), venues.optionsFor("UT").getFirst().getId(), SessionFormat.IN_PERSON, null,
                    SEATS, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
        var tokens = new ArrayList<String>();
        for (int i = 0; i < REGISTRATIONS; i++) {
            tokens.add(registrations.request(session, new ParticipantDetails("Deelnemer " + i, "burst-" + i + "-" + session + "@example.nl",
                    ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"), true).confirmationToken());
        }

        var http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
        var latencies = new ConcurrentLinkedQueue<Long>();
        var errors = new AtomicInteger();
        var statuses = new ConcurrentLinkedQueue<String>();
        var next = new AtomicInteger();
        var go = new CountDownLatch(1);
        long started;
        try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < tokens.size()) {
                        long t0 = System.nanoTime();
                        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/v1/confirmations/" + tokens.get(i))).POST(HttpRequest.BodyPublishers.noBody()).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t0);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        } else {
                            statuses.add(response.body().contains("\"CONFIRMED\"") ? "C" : "W");
                        }
                    }
                    return null;
                });
            }
            started = System.nanoTime();
            go.countDown();
        }
        double appSeconds = (System.nanoTime() - started) / 1e9;
        report("app over HTTP", tokens.size(), appSeconds, latencies);
        System.out.printf("errors: %d, confirmed: %d, waitlisted: %d%n", errors.get(),
                statuses.stream().filter("C"::equals).count(), statuses.stream().filter("W"::equals).count());

        var jdbc = new JdbcTemplate(dataSource);
        var rows = jdbc.queryForList("select status, waitlist_position, confirmed_at from registration where training_session_id = ?"
                + " order by waitlist_position", session);
        long confirmed = rows.stream().filter(r -> "CONFIRMED".equals(r.get("status"))).count();
        var positions = rows.stream().filter(r -> "WAITLISTED".equals(r.get("status")))
                .map(r -> ((Number) r.get("waitlist_position")).longValue()).sorted().toList();

        double ceilingSeconds = jdbcCeiling(jdbc, tokens.size());
        System.out.printf("ratio app/ceiling: %.2f (goal: at least 0.5)%n", ceilingSeconds / appSeconds);
        double floorSeconds = httpFloor(http, tokens.size());
        System.out.printf("ratio HTTP path alone/ceiling: %.2f (what any change behind the controller can reach at best)%n",
                ceilingSeconds / floorSeconds);
        var runtime = Runtime.getRuntime();
        System.out.printf("heap used after the run: %d MB%n", (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024));

        assertThat(errors.get()).isZero();
        assertThat(confirmed).isEqualTo(SEATS);
        assertThat(positions).containsExactlyElementsOf(
                java.util.stream.LongStream.rangeClosed(1, tokens.size() - SEATS).boxed().toList());
    }

    /** The same number of concurrent single-row conditional updates, committed one by one over JDBC. */
    private double jdbcCeiling(JdbcTemplate jdbc, int updates) throws Exception {
        jdbc.execute("create table if not exists bench_ceiling (id int primary key, taken int not null, cap int not null)");
        jdbc.update("delete from bench_ceiling");
        jdbc.update("insert into bench_ceiling (id, taken, cap) values (1, 0, ?)", SEATS);
        var latencies = new ConcurrentLinkedQueue<Long>();
        var next = new AtomicInteger();
        var go = new CountDownLatch(1);
        long started;
        try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    try (var connection = dataSource.getConnection()) {
                        connection.setAutoCommit(true);
                        try (var statement = connection.prepareStatement(
                                "update bench_ceiling set taken = taken + 1 where id = 1 and taken < cap")) {
                            go.await();
                            while (next.getAndIncrement() < updates) {
                                long t0 = System.nanoTime();
                                statement.executeUpdate();
                                latencies.add(System.nanoTime() - t0);
                            }
                        }
                    }
                    return null;
                });
            }
            started = System.nanoTime();
            go.countDown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report("database ceiling (JDBC)", updates, seconds, latencies);
        jdbc.execute("drop table bench_ceiling");
        return seconds;
    }

    /**
     * The same number of concurrent POSTs to unknown confirmation tokens: Tomcat, the security
     * filters, JSON and one indexed lookup that finds nothing (404), no transaction that writes.
     * The cost of the HTTP path itself, for comparison with the full confirmation.
     */
    private double httpFloor(HttpClient http, int requests) throws Exception {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var unexpected = new AtomicInteger();
        var next = new AtomicInteger();
        var go = new CountDownLatch(1);
        long started;
        try (var clients = Executors.newFixedThreadPool(CLIENTS)) {
            for (int c = 0; c < CLIENTS; c++) {
                clients.submit(() -> {
                    go.await();
                    int i;
                    while ((i = next.getAndIncrement()) < requests) {
                        long t0 = System.nanoTime();
                        var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                                + "/api/v1/confirmations/unknown-token-" + i)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                                HttpResponse.BodyHandlers.ofString());
                        latencies.add(System.nanoTime() - t0);
                        if (response.statusCode() != 404) {
                            unexpected.incrementAndGet();
                        }
                    }
                    return null;
                });
            }
            started = System.nanoTime();
            go.countDown();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        report("HTTP path alone (404)", requests, seconds, latencies);
        System.out.printf("unexpected answers on the HTTP path: %d%n", unexpected.get());
        return seconds;
    }

    private static void report(String what, int operations, double seconds, ConcurrentLinkedQueue<Long> latencies) {
        var sorted = latencies.stream().sorted(Comparator.naturalOrder()).mapToLong(Long::longValue).toArray();
        System.out.printf("%-24s %6d ops in %6.2f s = %8.1f ops/s; latency p50 %6.1f ms, p95 %6.1f ms, p99 %6.1f ms%n",
                what, operations, seconds, operations / seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
