package nl.weerbaarbestuur.ontour.results;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.ParticipantFunction;
import nl.weerbaarbestuur.ontour.registration.RegistrationStatus;
import nl.weerbaarbestuur.ontour.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Computes how a tour is doing, per province and in total, from planning, registrations and attendance. */
@Service
public class ResultsService {

    private final TourService tours;
    private final PlanningService planning;
    private final ProvinceService provinces;
    private final Attendees attendees;
    private final AttendanceRecords attendance;
    private final Clock clock;

    ResultsService(TourService tours, PlanningService planning, ProvinceService provinces, Attendees attendees,
                   AttendanceRecords attendance, Clock clock) {
        this.tours = tours;
        this.planning = planning;
        this.provinces = provinces;
        this.attendees = attendees;
        this.attendance = attendance;
        this.clock = clock;
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public TourFigures figures(long tourId) {
        var tour = tours.get(tourId);
        var now = clock.instant();
        var all = planning.search(new SessionFilter(tourId, null, null, null, null, null));
        var sessions = all.stream().filter(s -> s.status() != SessionStatus.CANCELLED).toList();
        var ids = all.stream().map(SessionFacts::id).toList();
        var held = new HashSet<Long>();
        sessions.stream().filter(s -> isHeld(s, now)).forEach(s -> held.add(s.id()));

        Map<Long, Map<RegistrationStatus, Long>> counts = new HashMap<>();
        for (var c : attendees.countsOf(ids)) {
            counts.computeIfAbsent(c.sessionId(), k -> new HashMap<>()).put(c.status(), c.count());
        }
        var presence = attendance.of(ids);
        var reached = statenledenReached(ids);

        var rows = new ArrayList<ProvinceFigures>();
        var total = new ProvinceFigures(null, null, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (var province : provinces.all()) {
            int planned = 0, heldCount = 0, registrations = 0, confirmed = 0, capacity = 0, waitlisted = 0;
            int confirmedAtHeld = 0, checkedInAtHeld = 0;
            for (var s : sessions) {
                if (!s.provinceCode().equals(province.getCode())) {
                    continue;
                }
                var byStatus = counts.getOrDefault(s.id(), Map.of());
                int sessionConfirmed = count(byStatus, RegistrationStatus.CONFIRMED);
                planned++;
                capacity += s.capacity();
                confirmed += sessionConfirmed;
                waitlisted += count(byStatus, RegistrationStatus.WAITLISTED);
                registrations += sessionConfirmed + count(byStatus, RegistrationStatus.WAITLISTED)
                        + count(byStatus, RegistrationStatus.AWAITING_APPROVAL);
                if (held.contains(s.id())) {
                    heldCount++;
                    confirmedAtHeld += sessionConfirmed;
                    var p = presence.get(s.id());
                    checkedInAtHeld += p == null ? 0 : p.checkedIn();
                }
            }
            var row = new ProvinceFigures(province.getCode(), province.getName(), planned, heldCount, registrations,
                    confirmed, capacity, waitlisted, confirmedAtHeld, checkedInAtHeld,
                    reached.getOrDefault(province.getCode(), Set.of()).size(), province.getPsSeats());
            rows.add(row);
            total = total.plus(row);
        }
        var perSession = all.stream().map(s -> {
            var byStatus = counts.getOrDefault(s.id(), Map.of());
            var p = presence.getOrDefault(s.id(), AttendanceRecords.SessionAttendance.none(s.id()));
            return new SessionFigures(s.id(), s.provinceCode(), s.title(), s.startsAt(), s.status(), held.contains(s.id()),
                    s.capacity(), count(byStatus, RegistrationStatus.CONFIRMED), count(byStatus, RegistrationStatus.WAITLISTED),
                    p.checkedIn(), p.noShows());
        }).toList();
        return new TourFigures(tourId, tour.getName(), now, List.copyOf(rows), total, perSession);
    }

    /**
     * Per province of the person: the distinct persons (by their person key, the same for every
     * registration of one e-mail address and kept when a registration is anonymised) among the
     * Statenleden checked in at any of these sessions.
     */
    private Map<String, Set<String>> statenledenReached(List<Long> sessionIds) {
        var result = new HashMap<String, Set<String>>();
        var checkedIn = attendance.checkedIn(sessionIds);
        var keys = attendees.personKeys(checkedIn);
        for (var person : attendees.find(checkedIn)) {
            if (person.function() == ParticipantFunction.STATENLID) {
                result.computeIfAbsent(person.provinceCode(), k -> new HashSet<>()).add(keys.get(person.registrationId()));
            }
        }
        return result;
    }

    private static int count(Map<RegistrationStatus, Long> byStatus, RegistrationStatus status) {
        return byStatus.getOrDefault(status, 0L).intValue();
    }

    /** Held: completed, or published and over (organisers do not always mark a session completed). */
    static boolean isHeld(SessionFacts s, Instant now) {
        return s.status() == SessionStatus.COMPLETED || (s.status() == SessionStatus.PUBLISHED && !now.isBefore(s.endsAt()));
    }
}
