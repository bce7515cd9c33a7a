package nl.weerbaarbestuur.ontour.planning;

import java.time.Clock;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.DataEncryption;
import org.springframework.context.ApplicationContext;

/**
 * Plans the demo tour for a test (the tests run with {@code ontour.demo-data=false}, so the demo
 * beans do not exist): {@code then} gets the event the other modules' demo data listens to. Call it
 * inside a transaction the test rolls back; the test database is shared.
 */
public final class DemoTourForTests {

    private DemoTourForTests() {
    }

    public static void plan(ApplicationContext context, Consumer<DemoTourPlanned> then) {
        new DemoPlanning(context.getBean(TourRepository.class), context.getBean(TrainerRepository.class),
                context.getBean(VenueRepository.class), context.getBean(TrainingSessionRepository.class),
                context.getBean(ProvinceService.class), context.getBean(Clock.class), context.getBean(DataEncryption.class),
                event -> then.accept((DemoTourPlanned) event)).run(null);
    }
}
