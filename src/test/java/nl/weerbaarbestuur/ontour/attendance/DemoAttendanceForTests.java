package nl.weerbaarbestuur.ontour.attendance;

import java.util.function.Consumer;
import nl.weerbaarbestuur.ontour.planning.DemoTourPlanned;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import org.springframework.context.ApplicationContext;

/** The demo check-ins' listener, for a test (the demo beans exist only with {@code ontour.demo-data=true}). */
public final class DemoAttendanceForTests {

    private DemoAttendanceForTests() {
    }

    public static Consumer<DemoTourPlanned> listener(ApplicationContext context) {
        return new DemoAttendance(context.getBean(AttendanceRepository.class), context.getBean(Attendees.class),
                context.getBean(PlanningService.class))::on;
    }
}
