package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished (or best-so-far) schedule looked up the ways the explanations need: the placed visits per
 * day, per province, and per trainer and week. Built once per explanation.
 */
final class ScheduleIndex {

    private final Map<Long, List<Visit>> byDay = new HashMap<>();
    private final Map<String, List<Visit>> byProvince = new HashMap<>();
    private final Map<Long, Map<Integer, Integer>> perTrainerWeek = new HashMap<>();
    private final Map<Long, Integer> perTrainer = new HashMap<>();

    ScheduleIndex(TourSchedule schedule) {
        for (var visit : schedule.getVisits()) {
            if (!visit.placed()) {
                continue;
            }
            byDay.computeIfAbsent(visit.epochDay(), d -> new ArrayList<>()).add(visit);
            byProvince.computeIfAbsent(visit.province().code(), p -> new ArrayList<>()).add(visit);
            for (var trainer : visit.trainers()) {
                perTrainerWeek.computeIfAbsent(trainer.id(), t -> new HashMap<>()).merge(visit.week(), 1, Integer::sum);
            }
            var trainer = visit.getTrainer();
            if (trainer != null) {
                perTrainer.merge(trainer.id(), 1, Integer::sum);
            }
        }
    }

    List<Visit> onDay(long epochDay) {
        return byDay.getOrDefault(epochDay, List.of());
    }

    /** The placed visits of the province, this one included. */
    List<Visit> inProvince(String code) {
        return byProvince.getOrDefault(code, List.of());
    }

    int sessionsInWeek(TrainerFact trainer, int week) {
        return perTrainerWeek.getOrDefault(trainer.id(), Map.of()).getOrDefault(week, 0);
    }

    /** The sessions the plan gives this trainer (as the planned trainer). */
    int sessionsOf(TrainerFact trainer) {
        return perTrainer.getOrDefault(trainer.id(), 0);
    }

    /** Whether the visit shares a trainer with another on that day, the two not both pinned. */
    List<Visit> clashesOnDay(Visit visit, long epochDay) {
        var result = new ArrayList<Visit>();
        for (var other : onDay(epochDay)) {
            if (other != visit && !(other.isPinned() && visit.isPinned()) && other.sharesTrainerWith(visit)) {
                result.add(other);
            }
        }
        return result;
    }
}
