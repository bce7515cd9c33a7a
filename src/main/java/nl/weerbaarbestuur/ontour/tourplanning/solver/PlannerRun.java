package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import nl.weerbaarbestuur.ontour.tourplanning.PlanRun;
import nl.weerbaarbestuur.ontour.tourplanning.PlanScore;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;

/**
 * One planner run in memory: what it planned from, its best plan so far (replaced by the solver's
 * thread as the plan improves), its state, and which proposals were accepted. The view for readers
 * ({@link PlanRun}) is explained lazily and kept until the plan changes, so polling costs little.
 */
final class PlannerRun {

    private final UUID id;
    private final PlanningInput input;
    private final Instant startedAt;
    private final long startNanos;
    private final Duration budget;
    private final Map<String, Long> accepted = new HashMap<>();

    private volatile TourSchedule best;
    private volatile PlanRun.State state = PlanRun.State.SOLVING;
    private volatile boolean stopRequested;
    private volatile long endNanos;
    private @Nullable Explained explained;

    private record Explained(TourSchedule of, List<ProposedSession> sessions, PlanScore score) {
    }

    PlannerRun(UUID id, PlanningInput input, TourSchedule initial, Instant startedAt, long startNanos, Duration budget) {
        this.id = id;
        this.input = input;
        this.best = initial;
        this.startedAt = startedAt;
        this.startNanos = startNanos;
        this.budget = budget;
    }

    UUID id() {
        return id;
    }

    long tourId() {
        return input.tourId();
    }

    PlanningInput input() {
        return input;
    }

    boolean solving() {
        return state == PlanRun.State.SOLVING;
    }

    PlanRun.State state() {
        return state;
    }

    long endNanos() {
        return endNanos;
    }

    void improved(TourSchedule schedule) {
        best = schedule;
    }

    void requestStop() {
        stopRequested = true;
    }

    /** The first end counts; a final plan that comes later still replaces the best so far. */
    synchronized void finish(@Nullable TourSchedule finalPlan, boolean failed, long nanos) {
        if (finalPlan != null) {
            best = finalPlan;
        }
        if (state == PlanRun.State.SOLVING) {
            state = failed ? PlanRun.State.FAILED : stopRequested ? PlanRun.State.STOPPED : PlanRun.State.DONE;
            endNanos = nanos;
        }
    }

    synchronized PlanRun view(long nowNanos) {
        var current = best;
        var cached = explained;
        if (cached == null || cached.of() != current) {
            var sessions = new PlanExplainer(current).sessions();
            cached = new Explained(current, sessions, ScoreSummary.of(current.getScore(), sessions));
            explained = cached;
        }
        var elapsed = Duration.ofNanos((solving() ? nowNanos : endNanos) - startNanos);
        int progress = solving() ? (int) Math.min(99, elapsed.toMillis() * 100 / Math.max(1, budget.toMillis())) : 100;
        return new PlanRun(id, input.tourId(), state, startedAt, elapsed, progress, cached.score(), cached.sessions());
    }

    /** The sessions of the plan as it stands, explained. */
    List<ProposedSession> proposals(long nowNanos) {
        return view(nowNanos).sessions();
    }

    /** The session an accepted key became, or null when it was not accepted yet. Callers hold the run's lock. */
    @Nullable Long acceptedAs(String key) {
        return accepted.get(key);
    }

    void markAccepted(String key, long sessionId) {
        accepted.put(key, sessionId);
    }
}
