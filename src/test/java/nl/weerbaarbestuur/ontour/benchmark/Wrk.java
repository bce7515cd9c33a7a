package nl.weerbaarbestuur.ontour.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Drives load with <a href="https://github.com/wg/wrk">wrk</a> (Debian package {@code wrk}): an
 * event-loop client in C that keeps its connections alive, so the figures are the application's and
 * not a Java client's (a thread-per-request client topped out at a few hundred requests a second
 * here). The Lua scripts under {@code src/test/resources/benchmark} print one {@code RESULT} line
 * that is read back.
 */
final class Wrk {

    /** What one run measured; latencies in milliseconds (wrk's histogram, to the microsecond). */
    record Result(String what, long requests, double seconds, double p50, double p95, double p99, double max,
                  long expected, long unexpected, long socketErrors, String load) {

        double perSecond() {
            return requests / seconds;
        }

        String line() {
            return String.format("%-38s %7d req in %6.2f s = %8.1f req/s; latency p50 %7.2f ms, p95 %7.2f ms, p99 %7.2f ms,"
                            + " max %7.1f ms; expected answers %d, other %d, socket errors %d; load %s",
                    what, requests, seconds, perSecond(), p50, p95, p99, max, expected, unexpected, socketErrors, load);
        }
    }

    private final int threads;
    private final int connections;

    Wrk(int threads, int connections) {
        this.threads = threads;
        this.connections = connections;
    }

    /** Whether the {@code wrk} command can be run here; the benchmark is skipped (not failed) without it. */
    static boolean available() {
        try {
            var process = new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(10, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The machine's load (1, 5, 15 minutes) as {@code uptime} shows it: two cores shared with other work. */
    static String load() {
        try {
            var fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** A run of fixed length. */
    Result run(String what, String script, String url, int seconds, String... scriptArguments) throws Exception {
        return run(what, script, url, seconds, false, scriptArguments);
    }

    /**
     * A run that ends when every wrk thread has printed {@code DONE} (all its requests answered),
     * or after {@code maxSeconds}: wrk is sent SIGINT and reports the time up to then.
     */
    Result runUntilDone(String what, String script, String url, int maxSeconds, String... scriptArguments) throws Exception {
        return run(what, script, url, maxSeconds, true, scriptArguments);
    }

    private Result run(String what, String script, String url, int seconds, boolean untilDone, String... scriptArguments)
            throws Exception {
        var command = new ArrayList<>(List.of("wrk", "-t" + threads, "-c" + connections, "-d" + seconds + "s",
                "--timeout", "30s", "-s", script(script), url));
        if (scriptArguments.length > 0) {
            command.add("--");
            command.addAll(List.of(scriptArguments));
        }
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output = new ArrayList<String>();
        var done = new AtomicInteger();
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                output.add(line);
                if (untilDone && line.startsWith("DONE ") && done.incrementAndGet() == threads) {
                    new ProcessBuilder("kill", "-INT", String.valueOf(process.pid())).start().waitFor();
                }
            }
        }
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException("wrk failed: " + String.join("\n", output));
        }
        var result = output.stream().filter(l -> l.startsWith("RESULT ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("wrk printed no RESULT line:\n" + String.join("\n", output)));
        Map<String, Long> values = new HashMap<>();
        for (var field : result.substring("RESULT ".length()).split(" ")) {
            var pair = field.split("=");
            values.put(pair[0], (long) Double.parseDouble(pair[1]));
        }
        return new Result(what, values.get("requests"), values.get("duration_us") / 1e6, values.get("p50_us") / 1e3,
                values.get("p95_us") / 1e3, values.get("p99_us") / 1e3, values.get("max_us") / 1e3, values.get("expected"),
                values.get("unexpected"), values.get("socket_errors"), load());
    }

    private static String script(String name) throws URISyntaxException {
        var resource = Wrk.class.getResource("/benchmark/" + name);
        if (resource == null) {
            throw new IllegalStateException("no wrk script " + name + " on the test class path");
        }
        return Path.of(resource.toURI()).toString();
    }
}
