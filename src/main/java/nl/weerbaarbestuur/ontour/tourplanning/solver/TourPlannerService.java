package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.api.solver.SolverStatus;
import jakarta.annotation.security.RolesAllowed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;

import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.tourplanning.PlanRun;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInputs;
import nl.weerbaarbestuur.ontour.tourplanning.TourPlanner;

/**
 * The tour planner: reads a tour's input in the caller's thread (and transaction), then lets the
 * solver search in the background, keeping its best plan as it improves. The plan starts tomorrow at
 * the earliest. A run works on a copy of the input, so a change while it runs (a trainer deleted, a
 * session published) cannot break it: accepting checks again what still exists.
 */
@Service
class TourPlannerService implements TourPlanner {

    private static final Logger log = LoggerFactory.getLogger(TourPlannerService.class);

    private final PlanningInputs inputs;
    private final SolverManager<TourSchedule> solverManager;
    private final PlannerRuns runs;
    private final PlanAcceptor acceptor;
    private final TourPlannerSettings settings;
    private final Clock clock;

    /** The solver is {@code @Lazy}: building it costs ~0.8 s of a start, and most starts never plan a tour. */
    TourPlannerService(PlanningInputs inputs, @Lazy SolverManager<TourSchedule> solverManager, PlannerRuns runs,
                       PlanAcceptor acceptor, TourPlannerSettings settings, Clock clock) {
        this.inputs = inputs;
        this.solverManager = solverManager;
        this.runs = runs;
        this.acceptor = acceptor;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @RolesAllowed(Role.Names.ORGANISER)
    public UUID propose(long tourId) {
        var running = runs.solvingFor(tourId);
        if (running.isPresent()) {
            return running.get().id();
        }
        var input = inputs.forTour(tourId);
        var tomorrow = LocalDate.now(clock.withZone(DutchTime.ZONE)).plusDays(1);
        var schedule = ScheduleFactory.build(input, tomorrow);
        var run = new PlannerRun(UUID.randomUUID(), input, schedule, clock.instant(), System.nanoTime(), settings.timeLimit());
        runs.add(run, System.nanoTime(), this::terminate);
        if (!schedule.hasWork()) {
            run.finish(null, false, System.nanoTime());
            return run.id();
        }
        log.info("Tour plan {} started for tour {}: {} sessions, {} slots, {} trainers", run.id(), tourId,
                schedule.getVisits().size(), schedule.getSlots().size(), schedule.getTrainers().size());
        solverManager.solveBuilder()
                .withProblemId(run.id())
                .withProblem(schedule)
                .withBestSolutionEventConsumer(event -> run.improved(event.solution()))
                .withFinalBestSolutionEventConsumer(event -> {
                    run.finish(event.solution(), false, System.nanoTime());
                    log.info("Tour plan {} ended {}: {}", run.id(), run.state(), event.solution().getScore());
                })
                .withExceptionHandler((id, error) -> {
                    run.finish(null, true, System.nanoTime());
                    log.warn("Tour plan {} failed", id, error);
                })
                .run();
        return run.id();
    }

    @Override
    @RolesAllowed(Role.Names.ORGANISER)
    public Optional<PlanRun> run(UUID runId) {
        long now = System.nanoTime();
        return runs.get(runId, now).map(run -> run.view(now));
    }

    @Override
    @RolesAllowed(Role.Names.ORGANISER)
    public void stop(UUID runId) {
        runs.get(runId, System.nanoTime()).filter(PlannerRun::solving).ifPresent(this::terminate);
    }

    @Override
    @RolesAllowed(Role.Names.ORGANISER)
    public List<Long> accept(UUID runId, Set<String> proposalKeys) {
        long now = System.nanoTime();
        var run = runs.get(runId, now).orElseThrow(() -> new NotFoundException("plan-run", runId));
        if (run.solving()) {
            throw new BusinessRuleException("tourplan.score.still-solving");
        }
        return acceptor.accept(run, proposalKeys, now);
    }

    /** Ends the run early; a run still waiting for a solver thread never starts and ends at once. */
    private void terminate(PlannerRun run) {
        run.requestStop();
        solverManager.terminateEarly(run.id());
        if (solverManager.getSolverStatus(run.id()) == SolverStatus.NOT_SOLVING) {
            run.finish(null, false, System.nanoTime());
        }
    }
}
