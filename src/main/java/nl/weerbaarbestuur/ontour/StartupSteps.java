package nl.weerbaarbestuur.ontour;

import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.metrics.buffering.BufferingApplicationStartup;


/**
 * An opt-in start-up timeline for finding what starts slowly: with {@code ONTOUR_STARTUP_TIMELINE=N}
 * in the environment, Spring records its start-up steps and, once the application is ready, logs the
 * N slowest (bean creation, configuration parsing, context refresh), each with its duration and
 * name. Off by default: recording costs a little memory and time.
 */
final class StartupSteps {

    private static final Logger log = LoggerFactory.getLogger(StartupSteps.class);

    private StartupSteps() {
    }

    static void attachIfAsked(SpringApplication application) {
        var asked = System.getenv("ONTOUR_STARTUP_TIMELINE");
        if (asked == null || !asked.matches("\\d{1,4}")) {
            return;
        }
        int top = Integer.parseInt(asked);
        var startup = new BufferingApplicationStartup(20_000);
        application.setApplicationStartup(startup);
        application.addListeners(event -> {
            if (event instanceof ApplicationReadyEvent) {
                log(startup.getBufferedTimeline(), top);
            }
        });
    }

    private static void log(org.springframework.boot.context.metrics.buffering.StartupTimeline timeline, int top) {
        var slowest = timeline.getEvents().stream()
                .sorted(Comparator.comparing(org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent::getDuration).reversed())
                .limit(top)
                .map(e -> String.format("%6d ms  %s %s", e.getDuration().toMillis(), e.getStartupStep().getName(),
                        StreamSupport.stream(e.getStartupStep().getTags().spliterator(), false)
                                .map(t -> t.getKey() + "=" + t.getValue()).collect(Collectors.joining(" "))))
                .collect(Collectors.joining("\n"));
        Duration total = timeline.getEvents().stream().map(org.springframework.boot.context.metrics.buffering.StartupTimeline.TimelineEvent::getDuration)
                .max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        log.info("Start-up timeline, the {} slowest steps (nested steps include their children; longest {} ms):\n{}",
                top, total.toMillis(), slowest);
    }
}
