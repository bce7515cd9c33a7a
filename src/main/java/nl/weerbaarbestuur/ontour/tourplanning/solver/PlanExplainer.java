package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import nl.weerbaarbestuur.ontour.shared.MessageKey;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import nl.weerbaarbestuur.ontour.tourplanning.Reason;

/**
 * Says, for each session of a plan, why it sits where it does and what it gives up, from the same
 * predicates the constraints score ({@link TourConstraints}): Timefold's community edition has no
 * score analysis, and an organiser needs sentences, not constraint names. A session that could not be
 * placed gets the rules that ruled out every date ({@link UnplacedReasons}).
 */
final class PlanExplainer {

    /** Consecutive-day trips up to this far are no sacrifice (the planning rules warn from here on too). */
    static final long NEARBY_KM = 100;

    private final TourSchedule schedule;
    private final ScheduleIndex index;
    private final boolean anySchoolHolidays;

    PlanExplainer(TourSchedule schedule) {
        this.schedule = schedule;
        this.index = new ScheduleIndex(schedule);
        this.anySchoolHolidays = schedule.getVisits().stream().anyMatch(v -> !v.province().schoolHolidays().isEmpty());
    }

    /** Every session of the plan, placed ones in date order, unplaced ones last. */
    List<ProposedSession> sessions() {
        var unplaced = new UnplacedReasons(schedule, index);
        return schedule.getVisits().stream()
                .sorted(Comparator.comparing((Visit v) -> !v.placed())
                        .thenComparing(v -> v.placed() ? v.requireSlot().date().toString() + v.requireSlot().start() : "")
                        .thenComparing(v -> v.province().name())
                        .thenComparing(Visit::getKey))
                .map(v -> v.placed() ? placed(v) : unplaced(v, unplaced))
                .toList();
    }

    private ProposedSession unplaced(Visit visit, UnplacedReasons reasons) {
        var province = visit.province();
        return new ProposedSession(visit.getKey(), province.code(), province.name(), null, null, null, null, null,
                visit.existingSessionId(), visit.isPinned(), false, List.of(), reasons.of(visit));
    }

    private ProposedSession placed(Visit visit) {
        var why = new ArrayList<Reason>();
        var givesUp = new ArrayList<Reason>();
        if (visit.isPinned()) {
            why.add(Reason.of(visit.past() ? "tourplan.why.past" : "tourplan.why.pinned"));
        } else {
            hardRules(visit, givesUp);
            wishes(visit, why, givesUp);
            existing(visit, why, givesUp);
        }
        trainer(visit, why, givesUp);
        spread(visit, why, givesUp);
        var slot = visit.requireSlot();
        var trainers = visit.trainers();
        var trainer = visit.getTrainer();
        return new ProposedSession(visit.getKey(), visit.province().code(), visit.province().name(), slot.date(),
                slot.start(), slot.end(), trainer == null ? null : trainer.id(),
                trainers.isEmpty() ? null : trainers.stream().map(TrainerFact::name).collect(Collectors.joining(", ")),
                visit.existingSessionId(), visit.isPinned(), visit.moved(), why, givesUp);
    }

    /** The hard rules this session breaks; none in a plan that meets them all. */
    private void hardRules(Visit visit, List<Reason> givesUp) {
        var slot = visit.requireSlot();
        var trainer = visit.getTrainer();
        for (var other : index.clashesOnDay(visit, visit.epochDay())) {
            var shared = visit.sharedTrainer(other);
            givesUp.add(Reason.of("tourplan.gives-up.trainer-double-booked", shared == null ? "" : shared.name(),
                    other.province().name()));
        }
        if (trainer != null && trainer.unavailableOn(slot.date())) {
            givesUp.add(Reason.of("tourplan.gives-up.trainer-unavailable", trainer.name()));
        }
        for (var each : visit.trainers()) {
            if (index.sessionsInWeek(each, slot.week()) > each.weeklyLimit()) {
                givesUp.add(Reason.of("tourplan.gives-up.trainer-max-per-week", each.name(), each.weeklyLimit()));
            }
        }
        var unsuitable = visit.province().unsuitableDates().get(slot.date());
        if (unsuitable != null) {
            givesUp.add(Reason.of("tourplan.gives-up.unsuitable-date", unsuitable));
        }
        if (slot.holidayKey() != null) {
            givesUp.add(Reason.of("tourplan.gives-up.public-holiday", new MessageKey(slot.holidayKey())));
        }
        if (!slot.plannable()) {
            givesUp.add(Reason.of("tourplan.gives-up.outside-the-plan"));
        }
        for (var other : index.inProvince(visit.province().code())) {
            if (other != visit && other.week() == slot.week()) {
                givesUp.add(Reason.of("tourplan.gives-up.province-same-week", other.date()));
            }
        }
    }

    private void wishes(Visit visit, List<Reason> why, List<Reason> givesUp) {
        var province = visit.province();
        var slot = visit.requireSlot();
        if (province.preferredPartOfDay() != null) {
            var part = new MessageKey("tourplan.why.part." + slot.partOfDay().name());
            if (province.missesPartOfDay(slot.partOfDay())) {
                givesUp.add(Reason.of("tourplan.gives-up.part-of-day",
                        new MessageKey("tourplan.why.part." + province.preferredPartOfDay().name()), part));
            } else {
                why.add(Reason.of("tourplan.why.part-of-day", part));
            }
        }
        var day = new MessageKey("tourplan.why.day." + slot.dayOfWeek().name());
        if (province.missesWeekday(slot.dayOfWeek())) {
            givesUp.add(Reason.of("tourplan.gives-up.weekday", day));
        } else if (!province.preferredWeekdays().isEmpty()) {
            why.add(Reason.of("tourplan.why.weekday", day));
        }
        var schoolHoliday = province.schoolHolidayOn(slot.date());
        if (schoolHoliday.isPresent()) {
            givesUp.add(Reason.of("tourplan.gives-up.school-holiday", schoolHoliday.get().name(),
                    regionName(schoolHoliday.get().region().name())));
        } else if (anySchoolHolidays && !province.regions().isEmpty()) {
            why.add(Reason.of("tourplan.why.no-school-holiday", province.regions().stream().map(r -> regionName(r.name()))
                    .sorted().collect(Collectors.joining("/"))));
        }
        if (!province.unsuitableDates().isEmpty() && !province.unsuitableOn(slot.date())) {
            why.add(Reason.of("tourplan.why.suitable-date"));
        }
    }

    private void existing(Visit visit, List<Reason> why, List<Reason> givesUp) {
        if (!visit.existing()) {
            return;
        }
        if (visit.moved()) {
            givesUp.add(Reason.of("tourplan.gives-up.moved", visit.originalDate() == null ? "" : visit.originalDate()));
        } else {
            why.add(Reason.of("tourplan.why.unchanged"));
        }
    }

    private void trainer(Visit visit, List<Reason> why, List<Reason> givesUp) {
        var trainer = visit.getTrainer();
        if (trainer == null) {
            if (!visit.isPinned()) {
                givesUp.add(Reason.of("tourplan.gives-up.no-trainer"));
            }
            return;
        }
        if (!visit.isPinned()) {
            why.add(Reason.of("tourplan.why.trainer", trainer.name(), index.sessionsOf(trainer)));
        }
        travel(visit, visit.epochDay() - 1, "before", why, givesUp);
        travel(visit, visit.epochDay() + 1, "after", why, givesUp);
    }

    private void travel(Visit visit, long day, String side, List<Reason> why, List<Reason> givesUp) {
        for (var other : index.onDay(day)) {
            if (other.isPinned() && visit.isPinned()) {
                continue;
            }
            var shared = visit.sharedTrainer(other);
            if (shared == null) {
                continue;
            }
            long km = visit.province().kilometresTo(other.province());
            if (km > NEARBY_KM) {
                givesUp.add(Reason.of("tourplan.gives-up.trainer-travel." + side, shared.name(), other.province().name(), km));
            } else {
                why.add(Reason.of("tourplan.why.trainer-nearby." + side, shared.name(), other.province().name(), km));
            }
        }
    }

    private void spread(Visit visit, List<Reason> why, List<Reason> givesUp) {
        long nearest = Long.MAX_VALUE;
        long shortfall = 0;
        for (var other : index.inProvince(visit.province().code())) {
            if (other == visit || (other.isPinned() && visit.isPinned())) {
                continue;
            }
            nearest = Math.min(nearest, Math.abs(other.epochDay() - visit.epochDay()));
            shortfall = Math.max(shortfall, TourConstraints.shortfall(visit, other));
        }
        if (nearest == Long.MAX_VALUE) {
            return;
        }
        if (shortfall > 0) {
            givesUp.add(Reason.of("tourplan.gives-up.close-together", nearest, visit.province().idealGapDays()));
        } else {
            why.add(Reason.of("tourplan.why.spread", nearest));
        }
    }

    /** "Noord", "Midden", "Zuid": the regions' own names, in either language. */
    static String regionName(String region) {
        return region.charAt(0) + region.substring(1).toLowerCase(Locale.ROOT);
    }
}
