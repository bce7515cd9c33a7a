package nl.weerbaarbestuur.ontour.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * CPU time spent by this JVM (the application under test: the benchmark runs in it and idles while
 * wrk drives load) and by the database server process, if one runs on this machine. CPU per request
 * stays comparable when the machine's speed wanders between runs, where requests per second do not.
 */
final class CpuMeter {

    private static final long TICKS_PER_SECOND = 100; // USER_HZ on Linux
    private final OptionalLong databasePid = databaseServerPid();

    /** CPU time so far, in nanoseconds: the JVM's and the database server's (0 when not found). */
    Sample sample() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return new Sample(os.getProcessCpuTime(), databasePid.isPresent() ? processCpuNanos(databasePid.getAsLong()) : 0);
    }

    boolean seesDatabase() {
        return databasePid.isPresent();
    }

    record Sample(long jvmNanos, long databaseNanos) {

        /** Milliseconds of CPU per request since {@code before}, as "app x.xx ms + database y.yy ms". */
        String perRequest(Sample before, long requests) {
            double app = (jvmNanos - before.jvmNanos) / 1e6 / requests;
            double database = (databaseNanos - before.databaseNanos) / 1e6 / requests;
            return String.format("CPU per request: application %.2f ms + database server %.2f ms = %.2f ms", app, database,
                    app + database);
        }

        double totalMillisPerRequest(Sample before, long requests) {
            return ((jvmNanos - before.jvmNanos) + (databaseNanos - before.databaseNanos)) / 1e6 / requests;
        }
    }

    private static OptionalLong databaseServerPid() {
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            return processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
                    .filter(p -> {
                        try {
                            var name = Files.readString(p.resolve("comm")).strip();
                            return name.equals("mariadbd") || name.equals("mysqld");
                        } catch (IOException | RuntimeException e) {
                            return false;
                        }
                    })
                    .mapToLong(p -> Long.parseLong(p.getFileName().toString()))
                    .findFirst();
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    /** utime + stime of /proc/PID/stat, fields 14 and 15 (after the command name in parentheses). */
    private static long processCpuNanos(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 1_000_000_000L / TICKS_PER_SECOND;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
