package nl.weerbaarbestuur.ontour.attendance;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What attendance recorded, as ids and counts only (no names): for the follow-up mail ("who was
 * there"), the results dashboard and any job that runs without a signed-in user.
 */
@Service
public class AttendanceRecords {

    /** Per session: checked in (walk-ins included), of whom walk-ins, and marked no-show. */
    public record SessionAttendance(long sessionId, int checkedIn, int walkIns, int noShows) {
        public static SessionAttendance none(long sessionId) {
            return new SessionAttendance(sessionId, 0, 0, 0);
        }
    }

    /** What was recorded for one registration: checked in (when), or marked no-show. */
    public record Presence(long registrationId, @Nullable Instant checkedInAt, boolean noShow) {
        public boolean checkedIn() {
            return checkedInAt != null;
        }
    }

    /** What was recorded for one of a participant's registrations, for their inzage. */
    public record CheckIn(long registrationId, long sessionId, @Nullable Instant checkedInAt, boolean walkIn, boolean noShow) {
    }

    private final AttendanceRepository attendance;

    AttendanceRecords(AttendanceRepository attendance) {
        this.attendance = attendance;
    }

    /** What was recorded for these registrations (check-ins and no-shows), in registration order. */
    @Transactional(readOnly = true)
    public List<CheckIn> ofRegistrations(Collection<Long> registrationIds) {
        if (registrationIds.isEmpty()) {
            return List.of();
        }
        return attendance.findAllById(registrationIds).stream()
                .map(a -> new CheckIn(a.getRegistrationId(), a.getSessionId(), a.getCheckedInAt(), a.isWalkIn(), a.isNoShow()))
                .sorted(java.util.Comparator.comparingLong(CheckIn::registrationId)).toList();
    }

    /** The registrations checked in at this session (ids, in no particular order). */
    @Transactional(readOnly = true)
    public List<Long> checkedIn(long sessionId) {
        return attendance.findBySessionId(sessionId).stream().filter(Attendance::isCheckedIn)
                .map(Attendance::getRegistrationId).toList();
    }

    /**
     * Per registration of this session with anything recorded: checked in or no-show (a check-in
     * that was undone, and nothing else, is left out). One session's worth: at most its capacity.
     */
    @Transactional(readOnly = true)
    public Map<Long, Presence> presence(long sessionId) {
        var result = new HashMap<Long, Presence>();
        for (var a : attendance.findBySessionId(sessionId)) {
            if (a.isCheckedIn() || a.isNoShow()) {
                result.put(a.getRegistrationId(), new Presence(a.getRegistrationId(), a.getCheckedInAt(), a.isNoShow()));
            }
        }
        return result;
    }

    /** The registrations checked in at any of these sessions. */
    @Transactional(readOnly = true)
    public List<Long> checkedIn(Collection<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return attendance.findBySessionIdIn(sessionIds).stream().filter(Attendance::isCheckedIn)
                .map(Attendance::getRegistrationId).toList();
    }

    @Transactional(readOnly = true)
    public SessionAttendance of(long sessionId) {
        return of(List.of(sessionId)).getOrDefault(sessionId, SessionAttendance.none(sessionId));
    }

    /** Counts per session; sessions without any attendance recorded are absent from the map. */
    @Transactional(readOnly = true)
    public Map<Long, SessionAttendance> of(Collection<Long> sessionIds) {
        var result = new HashMap<Long, SessionAttendance>();
        if (sessionIds.isEmpty()) {
            return result;
        }
        for (var a : attendance.findBySessionIdIn(sessionIds)) {
            var before = result.getOrDefault(a.getSessionId(), SessionAttendance.none(a.getSessionId()));
            result.put(a.getSessionId(), new SessionAttendance(a.getSessionId(),
                    before.checkedIn() + (a.isCheckedIn() ? 1 : 0),
                    before.walkIns() + (a.isWalkIn() && a.isCheckedIn() ? 1 : 0),
                    before.noShows() + (a.isNoShow() ? 1 : 0)));
        }
        return result;
    }
}
