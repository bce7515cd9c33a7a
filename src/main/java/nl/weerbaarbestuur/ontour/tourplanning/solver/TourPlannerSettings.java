package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.Duration;

import ai.timefold.solver.core.config.solver.EnvironmentMode;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import nl.weerbaarbestuur.ontour.shared.PositiveDuration;

/**
 * The tour planner's settings: how long a run may search, and how many runs are kept in memory.
 *
 * @param timeLimit           the longest a planner run searches; the best plan so far stays readable and acceptable throughout
 * @param unimprovedTimeLimit a run ends earlier when its best plan has not improved for this long
 * @param moveLimit           a run also ends after this many evaluated moves, which makes a run with a fixed seed repeatable (for tests); empty: no limit
 * @param randomSeed          the solver's random seed: the same input, seed and move limit give the same plan
 * @param environmentMode     the solver's self-checks: NO_ASSERT in production; PHASE_ASSERT, STEP_ASSERT or FULL_ASSERT to hunt a scoring bug (slower)
 * @param keepRuns            how many runs are kept in memory (the oldest ended run is forgotten first)
 * @param forgetAfter         an ended run is forgotten this long after it ended
 */
@Validated
@ConfigurationProperties("ontour.tourplanner")
record TourPlannerSettings(
        @PositiveDuration @DefaultValue("PT30S") Duration timeLimit,
        @PositiveDuration @DefaultValue("PT10S") Duration unimprovedTimeLimit,
        @Nullable @Min(1) Long moveLimit,
        @DefaultValue("0") long randomSeed,
        @NotNull @DefaultValue("NO_ASSERT") EnvironmentMode environmentMode,
        @Min(1) @Max(200) @DefaultValue("20") int keepRuns,
        @PositiveDuration @DefaultValue("PT6H") Duration forgetAfter) {
}
