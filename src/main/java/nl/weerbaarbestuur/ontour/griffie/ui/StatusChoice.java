package nl.weerbaarbestuur.ontour.griffie.ui;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords.Presence;
import nl.weerbaarbestuur.ontour.registration.AttendeeFilter;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;

/**
 * One choice in the attendee list's status filter: a registration status, or what attendance
 * recorded on the day (checked in, no-show). The registration module knows nothing of attendance,
 * so the attendance choices reach its query as the ids of the registrations concerned.
 */
record StatusChoice(RegistrationStatus status, Attended attended) {

    enum Attended { CHECKED_IN, NO_SHOW }

    static List<StatusChoice> all() {
        var all = new ArrayList<StatusChoice>();
        for (var status : RegistrationStatus.values()) {
            all.add(new StatusChoice(status, null));
        }
        for (var attended : Attended.values()) {
            all.add(new StatusChoice(null, attended));
        }
        return all;
    }

    String labelKey() {
        return status != null ? "registration.status." + status.name() : "griffie.filter." + attended.name();
    }

    /** Several choices show everyone who matches any of them. */
    static AttendeeFilter filter(String search, Set<StatusChoice> chosen, Map<Long, Presence> presence) {
        var statuses = EnumSet.noneOf(RegistrationStatus.class);
        Set<Long> ids = null;
        for (var choice : chosen) {
            if (choice.status() != null) {
                statuses.add(choice.status());
                continue;
            }
            if (ids == null) {
                ids = new HashSet<>();
            }
            for (var p : presence.values()) {
                if (choice.attended() == Attended.CHECKED_IN ? p.checkedIn() : p.noShow()) {
                    ids.add(p.registrationId());
                }
            }
        }
        return new AttendeeFilter(search, statuses, ids);
    }
}
