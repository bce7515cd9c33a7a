package nl.weerbaarbestuur.ontour.registration;

import java.time.Clock;
import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.planning.DemoTourPlanned;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import org.springframework.context.ApplicationContext;

/** The demo registrations' listener, for a test (the demo beans exist only with {@code ontour.demo-data=true}). */
public final class DemoRegistrationsForTests {

    private DemoRegistrationsForTests() {
    }

    public static Consumer<DemoTourPlanned> listener(ApplicationContext context) {
        return new DemoRegistrations(context.getBean(RegistrationRepository.class), context.getBean(SeatLedgerRepository.class),
                context.getBean(Seats.class), context.getBean(PlanningService.class), context.getBean(ProvinceService.class),
                context.getBean(Clock.class))::on;
    }
}
