package nl.weerbaarbestuur.ontour.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * What a visitor of the public pages waits for, and what each one costs the server, measured on the
 * production jar (Vaadin's production bundle, as deployed), not on the test context's development
 * bundle:
 * <ul>
 *   <li>the time from navigation until the catalogue ({@code /sessies}) shows its session cards and a
 *       session page shows its title, in headless Chromium: <b>cold</b> (a new browser context each time:
 *       no cache, no cookie, a new Vaadin UI and HTTP session) and <b>warm</b> (the same context
 *       navigating again: cached resources, same HTTP session), p50/p95/p99 over {@code bench.pages.runs};</li>
 *   <li>the heap held per anonymous visitor: the live heap after a full collection, before and after
 *       {@code bench.pages.visitors} new visitors who each open the catalogue and a session page and leave
 *       (their UI and HTTP session stay until they expire), divided by their number.</li>
 * </ul>
 * Starts the jar ({@code -Dbench.jar=}, default the newest {@code target/ontour-*.jar}; build it with
 * {@code ./mvnw -Pproduction -DskipTests package}) with the Docker image's JVM flags on an H2 database
 * in a scratch directory with the demo data, and stops it afterwards. Skipped (and says so) without the
 * jar. Asserts only that the pages show their content, never a time.
 */
@Tag("benchmark")
class PageBenchmark {

    private static final List<String> JVM_FLAGS = List.of("-Xms64m", "-Xmx192m", "-XX:+UseSerialGC",
            "-XX:ReservedCodeCacheSize=96m", "-XX:+UseCompactObjectHeaders", "-XX:+ExitOnOutOfMemoryError");
    private static final List<String> CHROMIUM_FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");
    private static final Pattern SESSION_ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");
    private static final Pattern USED = Pattern.compile("^\\S.* total \\d+K, used (\\d+)K");

    private final int runs = Integer.getInteger("bench.pages.runs", 30);
    private final int warmups = Integer.getInteger("bench.pages.warmups", 5);
    private final int visitors = Integer.getInteger("bench.pages.visitors", 100);

    @Test
    void public_pages_in_chromium_and_the_heap_per_visitor() throws Exception {
        var jar = jar();
        assumeTrue(jar != null, "No production jar: build it with ./mvnw -Pproduction -DskipTests package, or pass -Dbench.jar=");
        var scratch = Files.createTempDirectory("ontour-pages");
        int port = freePort();
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var command = new ArrayList<>(List.of(java));
        command.addAll(JVM_FLAGS);
        // The default H2 file database (./data, here in the scratch directory) with the demo data.
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(), "--server.port=" + port, "--ontour.demo-data=true"));
        var process = new ProcessBuilder(command).directory(scratch.toFile())
                .redirectErrorStream(true).redirectOutput(scratch.resolve("app.log").toFile()).start();
        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                     .setExecutablePath(Path.of(System.getenv().getOrDefault("ONTOUR_CHROMIUM", "/usr/bin/chromium")))
                     .setHeadless(true).setArgs(CHROMIUM_FLAGS))) {
            var base = "http://localhost:" + port;
            awaitHealthy(base, process, scratch);
            var sessionId = firstSessionId(base);
            System.out.printf("%n[pages] production jar %s, JVM %s, Chromium %s, load before %s%n", jar.getFileName(),
                    String.join(" ", JVM_FLAGS), browser.version(), Wrk.load());

            var catalogue = new Target("catalogue /sessies", base + "/sessies", ".ot-session-card");
            var sessionPage = new Target("session page /sessies/" + sessionId, base + "/sessies/" + sessionId, "#session-title");
            for (var target : List.of(catalogue, sessionPage)) {
                cold(browser, target, warmups);
                print(target.name() + ", cold", cold(browser, target, runs));
                print(target.name() + ", warm", warm(browser, target, runs));
            }

            long before = liveHeapKb(process.pid());
            for (int i = 0; i < visitors; i++) {
                try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"))) {
                    var page = context.newPage();
                    show(page, catalogue);
                    show(page, sessionPage);
                }
            }
            long after = liveHeapKb(process.pid());
            System.out.printf("[pages] live heap after a full GC: %d KB before, %d KB after %d new visitors (catalogue +"
                            + " session page each): %.1f KB per visitor; load after %s%n",
                    before, after, visitors, (after - before) / (double) visitors, Wrk.load());
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private record Target(String name, String url, String content) {
    }

    /** Milliseconds from navigation to the content being visible, each in a new browser context. */
    private static List<Double> cold(Browser browser, Target target, int times) {
        var millis = new ArrayList<Double>();
        for (int i = 0; i < times; i++) {
            try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"))) {
                millis.add(show(context.newPage(), target));
            }
        }
        return millis;
    }

    /** The same, navigating again and again in one context: cached resources and an existing HTTP session. */
    private static List<Double> warm(Browser browser, Target target, int times) {
        var millis = new ArrayList<Double>();
        try (var context = browser.newContext(new Browser.NewContextOptions().setLocale("nl-NL"))) {
            var page = context.newPage();
            show(page, target);
            for (int i = 0; i < times; i++) {
                millis.add(show(page, target));
            }
        }
        return millis;
    }

    private static double show(Page page, Target target) {
        long started = System.nanoTime();
        page.navigate(target.url(), new Page.NavigateOptions().setTimeout(60_000));
        page.waitForSelector(target.content(), new Page.WaitForSelectorOptions().setTimeout(60_000));
        double millis = (System.nanoTime() - started) / 1e6;
        assertThat(page.locator(target.content()).first().isVisible()).as(target.name()).isTrue();
        return millis;
    }

    private static void print(String what, List<Double> millis) {
        var sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("[pages] %-36s n=%d  p50 %6.0f ms  p95 %6.0f ms  p99 %6.0f ms  max %6.0f ms  load %s%n", what,
                sorted.size(), percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted.getLast(), Wrk.load());
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    /** Heap in use after two full collections, in KB: the sum over the generations {@code GC.heap_info} lists. */
    private static long liveHeapKb(long pid) throws IOException, InterruptedException {
        jcmd(pid, "GC.run");
        jcmd(pid, "GC.run");
        var info = jcmd(pid, "GC.heap_info");
        long used = 0;
        // One line per generation (Serial: "DefNew total ..., used ...K", "Tenured ..."; G1: one line), not indented.
        for (var line : info.lines().toList()) {
            var matcher = USED.matcher(line);
            if (matcher.find()) {
                used += Long.parseLong(matcher.group(1));
            }
        }
        assertThat(used).as("heap in use, from: %s", info).isPositive();
        return used;
    }

    private static String jcmd(long pid, String what) throws IOException, InterruptedException {
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        var process = new ProcessBuilder(jcmd, Long.toString(pid), what).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        process.waitFor();
        return output;
    }

    private static void awaitHealthy(String base, Process process, Path scratch) throws Exception {
        var client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(process.isAlive()).as("the application exited; see %s", scratch.resolve("app.log")).isTrue();
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not become healthy in 5 minutes; see " + scratch.resolve("app.log"));
    }

    private static long firstSessionId(String base) throws Exception {
        var body = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/sessions")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var matcher = SESSION_ID.matcher(body);
        assertThat(matcher.find()).as("a published demo session in %s", body).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private static Path jar() throws IOException {
        var configured = System.getProperty("bench.jar");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        var target = Path.of("target");
        if (!Files.isDirectory(target)) {
            return null;
        }
        try (var files = Files.list(target)) {
            return files.filter(f -> f.getFileName().toString().matches("ontour-.*\\.jar"))
                    .filter(f -> !f.getFileName().toString().endsWith("-plain.jar"))
                    .max((a, b) -> Long.compare(a.toFile().lastModified(), b.toFile().lastModified())).orElse(null);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
