package nl.weerbaarbestuur.ontour.privacy;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs every {@link RetentionStep} in order, each in its own transaction (one failing rule does
 * not hold back the others, and a long run does not lock everything at once), and records the
 * run with its counts. Every rule is idempotent, so two instances running at the same moment
 * remove each item once between them; no lock is needed. Logs counts only.
 */
@Service
public class RetentionService {

    private static final Logger log = LoggerFactory.getLogger(RetentionService.class);

    private final List<RetentionStep> steps;
    private final RetentionRunRepository runs;
    private final Clock clock;

    RetentionService(List<RetentionStep> steps, RetentionRunRepository runs, Clock clock) {
        this.steps = steps;
        this.runs = runs;
        this.clock = clock;
    }

    /**
     * The daily run. Deliberately not one transaction: each step opens its own, and the record of
     * the run is saved in another once all steps are done.
     */
    public RetentionRun runScheduled() {
        return run("SCHEDULE");
    }

    /** "Nu uitvoeren": the same run, started by an organiser. */
    @RolesAllowed(Role.Names.ORGANISER)
    public RetentionRun runNow() {
        return run("ORGANISER");
    }

    /** The last run, if any, for the organisers' privacy page. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public Optional<RetentionRun> lastRun() {
        return runs.findFirstByOrderByIdDesc();
    }

    /** The rules in the order they run. */
    public List<String> rules() {
        return steps.stream().map(RetentionStep::rule).toList();
    }

    private RetentionRun run(String trigger) {
        var started = clock.instant();
        var counts = new LinkedHashMap<String, Integer>();
        int failed = 0;
        for (var step : steps) {
            try {
                counts.put(step.rule(), step.apply(started));
            } catch (RuntimeException e) {
                failed++;
                log.warn("Retention rule {} failed this run: {}", step.rule(), e.getClass().getSimpleName());
            }
        }
        var run = runs.save(new RetentionRun(started, clock.instant(), trigger, counts, failed));
        log.info("Retention run {} ({}): {}{}", run.getId(), trigger, counts,
                failed == 0 ? "" : ", " + failed + " rule(s) failed");
        return run;
    }
}
