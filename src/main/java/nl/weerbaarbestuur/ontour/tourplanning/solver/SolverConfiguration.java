package nl.weerbaarbestuur.ontour.tourplanning.solver;

import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverConfig;
import ai.timefold.solver.core.config.solver.termination.TerminationConfig;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Lazy;

/**
 * Timefold Solver, wired by hand (its Spring Boot starter does not follow Boot 4): one solver
 * factory for the tour model, and one solver manager that runs the planner's jobs on its own
 * threads (one at a time per core pair; more runs queue) and is closed with the application. Both
 * are made on first use, not at start: building them took 0.75 s of a 20 s start (start-up timeline).
 */
@Configuration(proxyBeanMethods = false)
class SolverConfiguration {

    @Bean
    @Lazy
    SolverFactory<TourSchedule> tourSolverFactory(TourPlannerSettings settings) {
        return SolverFactory.create(solverConfig(settings));
    }

    @Bean(destroyMethod = "close")
    @Lazy
    SolverManager<TourSchedule> tourSolverManager(SolverFactory<TourSchedule> tourSolverFactory) {
        return SolverManager.create(tourSolverFactory);
    }

    static SolverConfig solverConfig(TourPlannerSettings settings) {
        var termination = new TerminationConfig()
                .withSpentLimit(settings.timeLimit())
                .withUnimprovedSpentLimit(settings.unimprovedTimeLimit());
        if (settings.moveLimit() != null) {
            termination = termination.withMoveCountLimit(settings.moveLimit());
        }
        return new SolverConfig()
                .withSolutionClass(TourSchedule.class)
                .withEntityClasses(Visit.class)
                .withConstraintProviderClass(TourConstraints.class)
                .withEnvironmentMode(settings.environmentMode())
                .withRandomSeed(settings.randomSeed())
                .withTerminationConfig(termination);
    }
}
