package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import nl.weerbaarbestuur.ontour.tourplanning.Reason;

/**
 * Why a session has no date: which hard rule rules out each weekday of the period, counted per
 * rule. A trainer never blocks a date (a session without a trainer is better than none), so what
 * remains are the public holidays, the province's unsuitable dates and the weeks that already hold a
 * session of the province; when a date is left that no rule rules out, the search simply has not
 * found it yet (it was stopped, or ran out of time).
 */
final class UnplacedReasons {

    private final TourSchedule schedule;
    private final ScheduleIndex index;
    private final Set<Integer> weeksInPeriod = new HashSet<>();

    UnplacedReasons(TourSchedule schedule, ScheduleIndex index) {
        this.schedule = schedule;
        this.index = index;
        schedule.getSlots().stream().filter(Slot::plannable).forEach(slot -> weeksInPeriod.add(slot.week()));
    }

    List<Reason> of(Visit visit) {
        if (weeksInPeriod.isEmpty()) {
            return List.of(Reason.of("tourplan.unplaced.no-dates"));
        }
        var province = visit.province();
        var takenWeeks = new HashSet<Integer>();
        for (var other : index.inProvince(province.code())) {
            takenWeeks.add(other.week());
        }
        var holidays = new HashSet<LocalDate>();
        var unsuitable = new HashSet<LocalDate>();
        var weeksFull = new HashSet<Integer>();
        boolean free = false;
        for (var slot : schedule.getSlots()) {
            if (!slot.plannable()) {
                continue;
            }
            if (takenWeeks.contains(slot.week())) {
                weeksFull.add(slot.week());
            } else if (province.unsuitableOn(slot.date())) {
                unsuitable.add(slot.date());
            } else if (slot.holidayKey() != null) {
                holidays.add(slot.date());
            } else {
                free = true;
            }
        }
        var reasons = new ArrayList<Reason>();
        long wanted = schedule.getVisits().stream().filter(v -> v.province().equals(province)).count();
        if (wanted > weeksInPeriod.size()) {
            reasons.add(Reason.of("tourplan.unplaced.period-too-short", weeksInPeriod.size(), wanted));
        } else if (!weeksFull.isEmpty()) {
            reasons.add(Reason.of("tourplan.unplaced.weeks-taken", weeksFull.size()));
        }
        if (!unsuitable.isEmpty()) {
            reasons.add(Reason.of("tourplan.unplaced.unsuitable-dates", unsuitable.size()));
        }
        if (!holidays.isEmpty()) {
            reasons.add(Reason.of("tourplan.unplaced.public-holidays", holidays.size()));
        }
        if (free) {
            reasons.add(Reason.of("tourplan.unplaced.not-found-yet"));
        }
        return reasons;
    }
}
