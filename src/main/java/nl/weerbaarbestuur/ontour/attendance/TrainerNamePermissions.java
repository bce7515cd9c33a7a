package nl.weerbaarbestuur.ontour.attendance;

import nl.weerbaarbestuur.ontour.planning.TrainerNamePermission;
import org.springframework.stereotype.Component;

/** The attendance module's answer to the session editor's switch: it keeps the permission. */
@Component
class TrainerNamePermissions implements TrainerNamePermission {

    private final AttendanceService attendance;

    TrainerNamePermissions(AttendanceService attendance) {
        this.attendance = attendance;
    }

    @Override
    public boolean allowed(long sessionId) {
        return attendance.trainersMaySeeNames(sessionId);
    }

    @Override
    public void allow(long sessionId, boolean allowed) {
        attendance.allowTrainersNames(sessionId, allowed);
    }
}
