package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.stereotype.Component;

/**
 * The runs kept in memory, newest last, and no more than the settings allow: an ended run is
 * forgotten after {@code forgetAfter}, and when there are too many the oldest ended ones go first
 * (a solving one only when every run is solving; it is stopped then).
 */
@Component
class PlannerRuns {

    private final LinkedHashMap<UUID, PlannerRun> runs = new LinkedHashMap<>();
    private final TourPlannerSettings settings;

    PlannerRuns(TourPlannerSettings settings) {
        this.settings = settings;
    }

    synchronized Optional<PlannerRun> get(UUID id, long nowNanos) {
        forgetOld(nowNanos);
        return Optional.ofNullable(runs.get(id));
    }

    synchronized Optional<PlannerRun> solvingFor(long tourId) {
        return runs.values().stream().filter(r -> r.tourId() == tourId && r.solving()).findFirst();
    }

    /** Adds a run; {@code stop} is called for a solving run that has to make room. */
    synchronized void add(PlannerRun run, long nowNanos, Consumer<PlannerRun> stop) {
        forgetOld(nowNanos);
        runs.put(run.id(), run);
        while (runs.size() > settings.keepRuns()) {
            var oldest = runs.values().stream().filter(r -> !r.solving()).findFirst()
                    .orElseGet(() -> runs.values().iterator().next());
            if (oldest.solving()) {
                stop.accept(oldest);
            }
            runs.remove(oldest.id());
        }
    }

    synchronized int size() {
        return runs.size();
    }

    private void forgetOld(long nowNanos) {
        long ttl = settings.forgetAfter().toNanos();
        for (var run : new ArrayList<>(runs.values())) {
            if (!run.solving() && nowNanos - run.endNanos() > ttl) {
                runs.remove(run.id());
            }
        }
    }
}
