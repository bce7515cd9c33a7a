package nl.weerbaarbestuur.ontour.benchmark;

import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.stream.LongStream;
import javax.sql.DataSource;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
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
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A registration burst driven by wrk: thousands of pending registrations for one 50-seat session,
 * confirmed through {@code POST /api/v1/confirmations/{token}} by 64 keep-alive connections, set
 * against the application's own floor on that path (the same POST with unknown tokens: 404) and
 * the client's own ceiling (wrk against a bare HTTP server answering "ok"). Both paths are warmed
 * up first (another session's registrations, and a run of unknown tokens). Prints throughput and
 * latency (p50/p95/p99), the ratio confirmations/404 floor and the machine's load with every
 * figure, and the CPU time per request of each path (this JVM and the database server's process,
 * {@link CpuMeter}). Then the same confirmation in plain JDBC ({@link BareConfirmations}) with its
 * own 404, as a second measure of what the database work itself costs; then it lists the statements
 * of one more confirmation (the request and the work after its commit). Asserts only correctness,
 * never a time: every confirmation answered 200, exactly 50 seats taken, the others waitlisted
 * 1..n in the order they were confirmed (on the bare path too).
 *
 * <p>Needs wrk ({@code apt-get install -y wrk}); without it the benchmark is skipped and says so.
 * Run: see README, "Benchmarks". {@code -Dbench.registrations=}, {@code -Dbench.connections=},
 * {@code -Dbench.floor-seconds=}, {@code -Dbench.pool-size=}, {@code -Dbench.bare-registrations=} change the size;
 * {@code -Dbench.jfr=true} records the confirmation run with Flight Recorder (profile settings)
 * into {@code target/benchmark/confirmations.jfr}.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ontour.registration.rate-limit.enabled=false",
        // The application's pool (src/main/resources/application.properties), not the test suite's
        // small one; the requests' threads are Tomcat's defaults.
        "spring.datasource.hikari.maximum-pool-size=${bench.pool-size:10}",
        "spring.datasource.hikari.minimum-idle=${bench.pool-size:10}",
        "logging.level.nl.weerbaarbestuur=WARN"})
@Import(RegistrationBurstBenchmark.Recorder.class)
class RegistrationBurstBenchmark {

    static final int REGISTRATIONS = Integer.getInteger("bench.registrations", 4000);
    static final int WARM_UP_REGISTRATIONS = Integer.getInteger("bench.warm-up-registrations", 1000);
    static final int CONNECTIONS = Integer.getInteger("bench.connections", 64);
    static final int WRK_THREADS = Integer.getInteger("bench.wrk-threads", 2);
    static final int FLOOR_SECONDS = Integer.getInteger("bench.floor-seconds", 10);
    static final int BARE_REGISTRATIONS = Integer.getInteger("bench.bare-registrations", 2000);
    static final int SEATS = 50;

    @TestConfiguration(proxyBeanMethods = false)
    static class Recorder {
        @Bean
        static SqlRecorder sqlRecorder() {
            return new SqlRecorder();
        }

        @Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<BareConfirmations> bareConfirmations(DataSource dataSource) {
            var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new BareConfirmations(dataSource));
            registration.addUrlPatterns(BareConfirmations.PATH + "*");
            registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @LocalServerPort int port;
    @Autowired ParticipantRegistrations registrations;
    @Autowired SessionService sessions;
    @Autowired TourService tours;
    @Autowired VenueService venues;
    @Autowired DataSource dataSource;

    @Test
    void a_burst_of_confirmations_never_overbooks_and_keeps_the_waitlist_in_order() throws Exception {
        Assumptions.assumeTrue(Wrk.available(),
                "wrk is not installed (apt-get install -y wrk): the registration burst benchmark did NOT run");
        var database = TestDatabase.isExternal() ? "MariaDB/MySQL" : "H2 in memory";
        System.out.printf("%n=== Registration burst on %s: %d confirmations by wrk (%d connections, %d threads), %d seats;"
                        + " pool %s; %d cores; load %s ===%n", database, REGISTRATIONS, CONNECTIONS, WRK_THREADS, SEATS,
                System.getProperty("bench.pool-size", "10"), Runtime.getRuntime().availableProcessors(), Wrk.load());
        var jdbc = new JdbcTemplate(dataSource);
        var directory = Files.createDirectories(Path.of("target", "benchmark"));
        var wrk = new Wrk(WRK_THREADS, CONNECTIONS);
        var confirmUrl = "http://127.0.0.1:" + port + "/api/v1/confirmations/";

        long warmUpSession = session("warm-up", SEATS);
        long session = session("measured", SEATS);
        var warmUpTokens = tokens(warmUpSession, WARM_UP_REGISTRATIONS, directory.resolve("warm-up-tokens.txt"));
        var tokens = tokens(session, REGISTRATIONS, directory.resolve("tokens.txt"));
        long bareSession = session("bare", SEATS);
        var bareTokens = tokens(bareSession, BARE_REGISTRATIONS, directory.resolve("bare-tokens.txt"));
        long spare = session("statements", SEATS);
        var spareTokens = new ArrayList<String>();
        for (int i = 0; i < 2; i++) {
            spareTokens.add(register(spare, i));
        }
        drain(jdbc);

        // Warm-up of both paths: the JIT, the pools, Hibernate's query plans, the database's buffers.
        System.out.println(wrk.run("warm-up: unknown tokens (404)", "unknown-token.lua", confirmUrl, FLOOR_SECONDS).line());
        System.out.println(wrk.runUntilDone("warm-up: confirmations", "confirm.lua", confirmUrl, 600,
                warmUpTokens.toString(), String.valueOf(WRK_THREADS)).line());
        drain(jdbc);

        var ceiling = clientCeiling(wrk);
        var cpu = new CpuMeter();
        var beforeFloor = cpu.sample();
        var floor = wrk.run("404 floor: unknown tokens", "unknown-token.lua", confirmUrl, FLOOR_SECONDS);
        var afterFloor = cpu.sample();
        drain(jdbc);
        var recording = Boolean.getBoolean("bench.jfr") ? new Recording(Configuration.getConfiguration("profile")) : null;
        if (recording != null) {
            recording.setDestination(directory.resolve("confirmations.jfr"));
            recording.start();
        }
        var beforeConfirmations = cpu.sample();
        var confirmations = wrk.runUntilDone("confirmations", "confirm.lua", confirmUrl, 600, tokens.toString(),
                String.valueOf(WRK_THREADS));
        var atLastAnswer = cpu.sample();
        if (recording != null) {
            recording.stop();
            recording.close();
        }
        Instant answered = Instant.now();
        drain(jdbc);
        var afterCommit = Duration.between(answered, Instant.now());
        var afterDrain = cpu.sample();

        // The same work in plain JDBC, before Security, MVC, Hibernate and Modulith (BareConfirmations).
        var bareUrl = "http://127.0.0.1:" + port + BareConfirmations.PATH;
        wrk.run("warm-up: bare JDBC, unknown tokens", "unknown-token.lua", bareUrl, 5);
        var beforeBareFloor = cpu.sample();
        var bareFloor = wrk.run("bare JDBC 404: unknown tokens", "unknown-token.lua", bareUrl, FLOOR_SECONDS);
        var afterBareFloor = cpu.sample();
        var bare = wrk.runUntilDone("bare JDBC confirmations", "confirm.lua", bareUrl, 600, bareTokens.toString(),
                String.valueOf(WRK_THREADS));
        var afterBare = cpu.sample();

        System.out.println();
        System.out.println(ceiling.line());
        System.out.println(floor.line());
        System.out.println(confirmations.line());
        System.out.printf("ratio confirmations/404 floor: %.2f (goal: at least 0.50); client ceiling/confirmations: %.0fx;"
                        + " the work after the commits (invites, mails) finished %d ms after the last answer%n",
                confirmations.perSecond() / floor.perSecond(), ceiling.perSecond() / confirmations.perSecond(),
                afterCommit.toMillis());
        System.out.println("404 floor, " + afterFloor.perRequest(beforeFloor, floor.requests()));
        System.out.println("confirmations until the last answer, " + atLastAnswer.perRequest(beforeConfirmations,
                confirmations.requests()));
        System.out.println("confirmations with all the work after their commits, " + afterDrain.perRequest(
                beforeConfirmations, confirmations.requests()));
        System.out.printf("CPU ratio 404/confirmation (what the throughput ratio would be if only CPU limited it): %.2f"
                        + " until the last answer, %.2f with the work after the commits%s%n",
                afterFloor.totalMillisPerRequest(beforeFloor, floor.requests())
                        / atLastAnswer.totalMillisPerRequest(beforeConfirmations, confirmations.requests()),
                afterFloor.totalMillisPerRequest(beforeFloor, floor.requests())
                        / afterDrain.totalMillisPerRequest(beforeConfirmations, confirmations.requests()),
                cpu.seesDatabase() ? "" : " (no database server process on this machine: application only)");
        System.out.println();
        System.out.println(bareFloor.line());
        System.out.println(bare.line());
        System.out.println("bare JDBC 404, " + afterBareFloor.perRequest(beforeBareFloor, bareFloor.requests()));
        System.out.println("bare JDBC confirmations, " + afterBare.perRequest(afterBareFloor, bare.requests()));
        System.out.printf("ratio bare JDBC confirmations/bare JDBC 404: %.2f (CPU ratio %.2f); bare JDBC confirmations/"
                        + "the application's 404 floor: %.2f%n", bare.perSecond() / bareFloor.perSecond(),
                afterBareFloor.totalMillisPerRequest(beforeBareFloor, bareFloor.requests())
                        / afterBare.totalMillisPerRequest(afterBareFloor, bare.requests()),
                bare.perSecond() / floor.perSecond());
        if (recording != null) {
            System.out.println("flight recording: " + directory.resolve("confirmations.jfr").toAbsolutePath()
                    + " (jfr view hot-methods ..., jfr summary ...)");
        }

        var statements = SqlRecorder.record(() -> {
            confirmOnce(spareTokens.get(1));
            drain(jdbc);
        });
        System.out.printf("%nstatements of one confirmation (a seat) and the work after its commit: %d%n", statements.size());
        statements.forEach(s -> System.out.println("  " + s));

        var rows = jdbc.queryForList("select status, waitlist_position, confirmed_at from registration"
                + " where training_session_id = ?", session);
        long confirmed = rows.stream().filter(r -> "CONFIRMED".equals(r.get("status"))).count();
        var waitlisted = rows.stream().filter(r -> "WAITLISTED".equals(r.get("status")))
                .sorted(java.util.Comparator.comparingLong(r -> ((Number) r.get("waitlist_position")).longValue())).toList();
        var positions = waitlisted.stream().map(r -> ((Number) r.get("waitlist_position")).longValue()).toList();
        var lastSeat = rows.stream().filter(r -> "CONFIRMED".equals(r.get("status")))
                .map(r -> instant(r.get("confirmed_at"))).max(Instant::compareTo).orElseThrow();
        var confirmedAt = waitlisted.stream().map(r -> instant(r.get("confirmed_at"))).toList();
        System.out.printf("database: %d confirmed, %d waitlisted (positions %d..%d), ledger %s taken; pending left: %d%n",
                confirmed, waitlisted.size(), positions.isEmpty() ? 0 : positions.getFirst(),
                positions.isEmpty() ? 0 : positions.getLast(),
                jdbc.queryForObject("select taken from seat_ledger where training_session_id = ?", Integer.class, session),
                rows.stream().filter(r -> "PENDING_CONFIRMATION".equals(r.get("status"))).count());

        assertThat(confirmations.expected()).as("confirmations answered 200").isEqualTo(REGISTRATIONS);
        assertThat(confirmations.unexpected() + confirmations.socketErrors()).as("other answers and socket errors").isZero();
        assertThat(floor.unexpected()).as("answers other than 404 on the floor path").isZero();
        assertThat(bare.expected()).as("bare confirmations answered 200").isEqualTo(BARE_REGISTRATIONS);
        assertThat(bareFloor.unexpected()).as("answers other than 404 on the bare floor path").isZero();
        assertThat(jdbc.queryForList("select waitlist_position from registration where training_session_id = ?"
                + " and status = 'WAITLISTED' order by waitlist_position", Long.class, bareSession))
                .as("bare path: waitlist positions").containsExactlyElementsOf(
                        LongStream.rangeClosed(1, BARE_REGISTRATIONS - SEATS).boxed().toList());
        assertThat(confirmed).as("seats taken").isEqualTo(SEATS);
        assertThat(positions).as("waitlist positions").containsExactlyElementsOf(
                LongStream.rangeClosed(1, REGISTRATIONS - SEATS).boxed().toList());
        assertThat(confirmedAt).as("waitlist in the order of confirmation").isSorted();
        assertThat(lastSeat).as("every seat confirmed before the first on the waitlist").isBeforeOrEqualTo(confirmedAt.getFirst());
    }

    /** wrk against a bare HTTP server (the JDK's) answering "ok": what the client reaches at least on this machine. */
    private Wrk.Result clientCeiling(Wrk wrk) throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 1024);
        var ok = "ok".getBytes(StandardCharsets.US_ASCII);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(200, ok.length);
            exchange.getResponseBody().write(ok);
            exchange.close();
        });
        var executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.start();
        try {
            return wrk.run("client ceiling: wrk vs bare server", "static.lua",
                    "http://127.0.0.1:" + server.getAddress().getPort() + "/", 5);
        } finally {
            server.stop(0);
            executor.shutdownNow();
        }
    }

    private long session(String title, int seats) {
        return SignInAs.as(SignInAs.withoutAccount(Role.ORGANISER), () -> {
            var tour = tours.create("Benchmark " + UUID.randomUUID(), null, LocalDate.now(), LocalDate.now().plusYears(1), "b@test.nl");
            var start = LocalDate.now().plusDays(60).atTime(LocalTime.of(19, 0)).atZone(DutchTime.ZONE).toInstant();
            var created = sessions.create(new SessionPlan(tour.getId(), "UT", "Burst " + title, null, null, start,
                    start.plus(Duration.ofHours(2)), venues.optionsFor("UT").getFirst().getId(), SessionFormat.IN_PERSON, null,
                    seats, Audience.BOTH, Set.of(), null, null, false));
            sessions.publish(created.getId());
            return created.getId();
        });
    }

    private String register(long session, int i) {
        return registrations.request(session, new ParticipantDetails("Deelnemer " + i, "burst-" + i + "-" + session + "@example.nl",
                ParticipantFunction.STATENLID, "UT", null, null, null, null, "nl"), true).confirmationToken();
    }

    /** Pending registrations for the session; their confirmation tokens go into {@code file}, one a line, for wrk. */
    private Path tokens(long session, int count, Path file) throws Exception {
        var lines = new ArrayList<String>(count);
        for (int i = 0; i < count; i++) {
            lines.add(register(session, i));
        }
        return Files.write(file, lines);
    }

    private void confirmOnce(String token) throws Exception {
        var client = java.net.http.HttpClient.newHttpClient();
        var response = client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                "http://127.0.0.1:" + port + "/api/v1/confirmations/" + token)).POST(java.net.http.HttpRequest.BodyPublishers.noBody())
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
    }

    /** Waits until the listeners after the commits (invites, mails) have done their work: nothing in flight between runs. */
    private static void drain(JdbcTemplate jdbc) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            Integer open = jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where COMPLETION_DATE is null", Integer.class);
            if (open != null && open == 0) {
                return;
            }
            Thread.sleep(200); // each poll is a statement on the database under measurement
        }
        throw new IllegalStateException("event publications still incomplete after 5 minutes");
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case java.sql.Timestamp t -> t.toInstant();
            case java.time.LocalDateTime l -> l.toInstant(java.time.ZoneOffset.UTC);
            case java.time.OffsetDateTime o -> o.toInstant();
            case Instant i -> i;
            default -> throw new IllegalStateException("unexpected timestamp type " + value.getClass());
        };
    }
}
