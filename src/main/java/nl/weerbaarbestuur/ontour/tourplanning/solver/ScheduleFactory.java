package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;

/**
 * Turns a tour's {@link PlanningInput} into the problem the solver works on. Weekends are left out
 * of the slots (no session on a Saturday or Sunday is ever proposed), and so is every day before
 * {@code firstPlannableDay} (today: a plan cannot start in the past). Existing sessions start where
 * they stand (their own time becomes a slot if it fits no shape; for a pinned one outside the plannable
 * days a slot no other session may take); a draft already in the past is pinned like a published one. Each province gets new sessions until it has as many as it wants, pinned
 * ones included.
 */
final class ScheduleFactory {

    private ScheduleFactory() {
    }

    static TourSchedule build(PlanningInput input, LocalDate firstPlannableDay) {
        var first = input.firstDay().isAfter(firstPlannableDay) ? input.firstDay() : firstPlannableDay;
        var holidays = holidaysByDate(input);
        var slots = new ArrayList<Slot>();
        for (var day = first; !day.isAfter(input.lastDay()); day = day.plusDays(1)) {
            if (weekend(day)) {
                continue;
            }
            for (var shape : input.slotShapes()) {
                slots.add(Slot.of(day, shape.key(), shape.partOfDay(), shape.start(), shape.end(),
                        holidayOn(holidays, day, shape.partOfDay())));
            }
        }
        var sessionsPerProvince = new HashMap<String, Integer>();
        for (var wishes : input.provinces()) {
            long existing = input.plannedSessions().stream().filter(s -> s.provinceCode().equals(wishes.provinceCode())).count();
            sessionsPerProvince.put(wishes.provinceCode(), (int) Math.max(existing, Math.max(0, wishes.sessionsWanted())));
        }
        int totalSessions = sessionsPerProvince.values().stream().mapToInt(Integer::intValue).sum();
        int fairShare = input.trainers().isEmpty() ? 0 : (totalSessions + input.trainers().size() - 1) / input.trainers().size();
        var trainers = input.trainers().stream()
                .map(t -> new TrainerFact(t.trainerId(), t.name(), t.unavailableDates(), t.maxPerWeek(), fairShare))
                .toList();
        var trainerById = trainers.stream().collect(Collectors.toMap(TrainerFact::id, t -> t));
        long periodDays = Math.max(0, input.lastDay().toEpochDay() - first.toEpochDay() + 1);
        var provinces = new LinkedHashMap<String, ProvinceFact>();
        for (var wishes : input.provinces()) {
            int sessions = sessionsPerProvince.get(wishes.provinceCode());
            var ownHolidays = input.schoolHolidays().stream().filter(h -> wishes.regions().contains(h.region())).toList();
            provinces.put(wishes.provinceCode(), new ProvinceFact(wishes.provinceCode(), wishes.provinceName(),
                    wishes.unsuitableDates(), wishes.preferredPartOfDay(), wishes.preferredWeekdays(), wishes.regions(),
                    ownHolidays, wishes.latitude(), wishes.longitude(), sessions < 2 ? 0 : (int) (periodDays / sessions)));
        }

        var visits = new ArrayList<Visit>();
        var counted = new HashMap<String, Integer>();
        var ordered = input.plannedSessions().stream()
                .sorted(Comparator.comparing(PlanningInput.PlannedSession::date).thenComparing(PlanningInput.PlannedSession::sessionId))
                .toList();
        for (var session : ordered) {
            var province = provinces.get(session.provinceCode());
            if (province == null) {
                continue;
            }
            counted.merge(session.provinceCode(), 1, Integer::sum);
            boolean past = !session.pinned() && session.date().isBefore(first);
            boolean pinned = session.pinned() || past;
            var known = session.trainerIds().stream().sorted().map(trainerById::get).filter(t -> t != null).toList();
            var primary = known.isEmpty() ? null : known.getFirst();
            var slot = pinned
                    ? slotAt(slots, holidays, session, session.date().isBefore(first) || session.date().isAfter(input.lastDay())
                            || weekend(session.date()))
                    : slotFor(slots, holidays, session, first, input.lastDay());
            List<TrainerFact> others = pinned && known.size() > 1 ? known.subList(1, known.size()) : List.of();
            visits.add(Visit.existing(session.sessionId(), province, session.pinned(), past, slot, session.date(), session.start(),
                    session.trainerIds(), primary, others));
        }
        for (var province : provinces.values()) {
            int missing = sessionsPerProvince.get(province.code()) - counted.getOrDefault(province.code(), 0);
            for (int n = 1; n <= missing; n++) {
                visits.add(new Visit(province.code() + "-" + n, province, null, null));
            }
        }
        return new TourSchedule(slots, trainers, List.copyOf(provinces.values()), visits);
    }

    /**
     * The slot an unpinned draft starts in: the one of its time, or a new slot of its own time when it
     * fits no shape; none when it lies outside the plannable weekdays (the solver then places it anew).
     */
    private static @Nullable Slot slotFor(List<Slot> slots, Map<LocalDate, List<PlanningInput.Holiday>> holidays,
                                          PlanningInput.PlannedSession session, LocalDate first, LocalDate last) {
        boolean outside = session.date().isBefore(first) || session.date().isAfter(last) || weekend(session.date());
        return outside ? null : slotAt(slots, holidays, session, false);
    }

    /** The slot of the session's own time: the shape's when it has one, else a slot of its own, added to the range. */
    private static Slot slotAt(List<Slot> slots, Map<LocalDate, List<PlanningInput.Holiday>> holidays,
                               PlanningInput.PlannedSession session, boolean outsideThePlan) {
        for (var slot : slots) {
            if (slot.sameTimeAs(session.date(), session.start(), session.end())) {
                return slot;
            }
        }
        var part = Slot.partOfDayAt(session.start());
        var own = new Slot(session.date() + "/" + session.start() + "-" + session.end(), session.date(), part, session.start(),
                session.end(), holidayOn(holidays, session.date(), part), Slot.weekOf(session.date()), !outsideThePlan);
        slots.add(own);
        return own;
    }

    private static Map<LocalDate, List<PlanningInput.Holiday>> holidaysByDate(PlanningInput input) {
        return input.holidays().stream().collect(Collectors.groupingBy(PlanningInput.Holiday::date));
    }

    /** The holiday that rules out this part of the day, if any: 4 May only rules out the evening. */
    static @Nullable String holidayOn(Map<LocalDate, List<PlanningInput.Holiday>> holidays, LocalDate date, PartOfDay part) {
        for (var holiday : holidays.getOrDefault(date, List.of())) {
            if (!holiday.eveningOnly() || part == PartOfDay.EVENING) {
                return holiday.nameKey();
            }
        }
        return null;
    }

    static boolean weekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
