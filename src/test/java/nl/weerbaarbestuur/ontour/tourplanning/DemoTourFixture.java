package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.Clock;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.TrainerService;
import org.springframework.context.ApplicationContext;

/**
 * The demo tour's planner input ({@link DemoTourInput}, which only runs with demo data) for a test's
 * own tour and trainers: the tests run without demo data, and the demo's trainers would be shared.
 */
public final class DemoTourFixture {

    private DemoTourFixture() {
    }

    /**
     * Four griffies answer as in the demo, the two trainers get the demo trainers' days off and
     * weekly maximum, and the school years of the tour get the demo's school holidays (unless entered).
     */
    public static void giveDemoInput(ApplicationContext context, long tourId, String trainerEmail, String colleagueEmail) {
        var tours = context.getBean(TourService.class);
        var demo = new DemoTourInput(tours, context.getBean(TrainerService.class), context.getBean(ProvinceWishRepository.class),
                context.getBean(TrainerUnavailabilityRepository.class), context.getBean(SchoolHolidayRepository.class),
                context.getBean(Clock.class));
        demo.giveInput(tours.get(tourId), trainerEmail, colleagueEmail);
    }
}
