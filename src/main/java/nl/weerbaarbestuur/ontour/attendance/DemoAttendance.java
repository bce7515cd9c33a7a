package nl.weerbaarbestuur.ontour.attendance;

import java.time.Duration;
import java.time.Instant;
import nl.weerbaarbestuur.ontour.planning.DemoTourPlanned;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo check-ins ({@code ontour.demo-data=true}, first start only): at the demo tour's held session
 * the trainer checked in all but two of the demo attendees, in the first half hour, and marked the
 * other two absent afterwards. Runs after the registration module has registered them.
 */
@Component
@ConditionalOnBooleanProperty(name = "ontour.demo-data")
class DemoAttendance {

    private static final Logger log = LoggerFactory.getLogger(DemoAttendance.class);
    static final int ABSENT = 2;

    private final AttendanceRepository attendance;
    private final Attendees attendees;
    private final PlanningService planning;

    DemoAttendance(AttendanceRepository attendance, Attendees attendees, PlanningService planning) {
        this.attendance = attendance;
        this.attendees = attendees;
        this.planning = planning;
    }

    @EventListener
    @Order(2)
    void on(DemoTourPlanned planned) {
        for (var session : planning.seenOfTour(planned.tourId(), Instant.EPOCH)) {
            if (session.status() != SessionStatus.COMPLETED) {
                continue;
            }
            var present = attendees.confirmedOf(session.id());
            int checkedIn = Math.max(0, present.size() - ABSENT);
            for (int i = 0; i < present.size(); i++) {
                var doorsOpen = session.startsAt().minus(Duration.ofMinutes(15));
                var record = new Attendance(present.get(i).registrationId(), session.id(), false, doorsOpen);
                if (i < checkedIn) {
                    record.checkIn("trainer@demo.ontour.nl", doorsOpen.plus(Duration.ofMinutes(3L * i)));
                } else {
                    record.markNoShow(session.endsAt());
                }
                attendance.save(record);
            }
            log.info("Demo data: {} checked in and {} absent at session {}", checkedIn, present.size() - checkedIn, session.id());
        }
    }
}
