package nl.weerbaarbestuur.ontour.tourplanning;

import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionService;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Puts the {@link FakeTourPlanner} in the place of the solver, for the planner's view and API tests
 * that import this (and for no other test; the browser journey uses the real solver). {@code @Primary}: once the solver's own
 * planner is in the application too, these tests still get the fake. Run them against the real
 * solver with {@code -Dontour.test.fake-planner=false}: then this adds nothing.
 */
@TestConfiguration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "ontour.test.fake-planner", havingValue = "true", matchIfMissing = true)
public class FakeTourPlannerConfiguration {

    @Bean
    @Primary
    FakeTourPlanner fakeTourPlanner(TourService tours, PlanningService planning, SessionService sessions,
                                    VenueService venues, ProvinceService provinces) {
        return new FakeTourPlanner(tours, planning, sessions, venues, provinces);
    }
}
