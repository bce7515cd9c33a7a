package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;

/**
 * The hard rules of a tour plan, written again independently of the solver's constraints, to check a
 * plan (or the drafts accepted from it) from the outside: every violation as a sentence.
 */
final class HardRuleCheck {

    /** A session as it stands in a plan or in the database. */
    record Placement(String provinceCode, LocalDate date, LocalTime start, Set<Long> trainerIds, boolean fixed) {
    }

    private HardRuleCheck() {
    }

    static List<Placement> of(List<ProposedSession> sessions) {
        return sessions.stream().filter(ProposedSession::placed)
                .map(s -> new Placement(s.provinceCode(), s.date(), s.start(),
                        s.trainerId() == null ? Set.of() : Set.of(s.trainerId()), s.pinned()))
                .toList();
    }

    static List<String> violations(PlanningInput input, List<Placement> plan) {
        var problems = new ArrayList<String>();
        for (var p : plan) {
            if (p.fixed()) {
                continue;
            }
            if (p.date().getDayOfWeek() == DayOfWeek.SATURDAY || p.date().getDayOfWeek() == DayOfWeek.SUNDAY) {
                problems.add(p + " is in a weekend");
            }
            for (var holiday : input.holidays()) {
                if (holiday.date().equals(p.date()) && (!holiday.eveningOnly() || p.start().getHour() >= 17)) {
                    problems.add(p + " is on " + holiday.nameKey());
                }
            }
            var province = input.provinces().stream().filter(w -> w.provinceCode().equals(p.provinceCode())).findFirst().orElseThrow();
            if (province.unsuitableDates().containsKey(p.date())) {
                problems.add(p + " is on an unsuitable date");
            }
            for (var trainer : input.trainers()) {
                if (p.trainerIds().contains(trainer.trainerId())) {
                    if (trainer.unavailableDates().contains(p.date())) {
                        problems.add(p + ": trainer " + trainer.trainerId() + " is unavailable");
                    }
                    if (trainer.maxPerWeek() != null) {
                        long inWeek = plan.stream().filter(o -> o.trainerIds().contains(trainer.trainerId()) && week(o.date()) == week(p.date())).count();
                        if (inWeek > trainer.maxPerWeek()) {
                            problems.add(p + ": trainer " + trainer.trainerId() + " has " + inWeek + " sessions that week");
                        }
                    }
                }
            }
            for (var other : plan) {
                if (other == p) {
                    continue;
                }
                if (other.date().equals(p.date()) && other.trainerIds().stream().anyMatch(p.trainerIds()::contains)) {
                    problems.add(p + " shares a trainer that day with " + other);
                }
                if (other.provinceCode().equals(p.provinceCode()) && week(other.date()) == week(p.date())) {
                    problems.add(p + " is in the same week as " + other);
                }
            }
        }
        return problems;
    }

    private static int week(LocalDate date) {
        return date.get(IsoFields.WEEK_BASED_YEAR) * 100 + date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
