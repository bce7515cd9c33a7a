package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import nl.weerbaarbestuur.ontour.tourplanning.PartOfDay;
import nl.weerbaarbestuur.ontour.tourplanning.PlanningInput;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolRegion;

/** Small solver facts and visits for the constraint tests: a week in March 2027 (Monday 1 March). */
final class Facts {

    static final LocalDate MONDAY = LocalDate.of(2027, 3, 1);
    static final LocalDate TUESDAY = MONDAY.plusDays(1);
    static final LocalDate WEDNESDAY = MONDAY.plusDays(2);
    static final LocalDate NEXT_MONDAY = MONDAY.plusWeeks(1);

    static final ProvinceFact UTRECHT = province("UT", "Utrecht", 52.0907, 5.1214);
    static final ProvinceFact GRONINGEN = province("GR", "Groningen", 53.2194, 6.5665);
    static final ProvinceFact LIMBURG = province("LI", "Limburg", 50.8514, 5.6910);

    static final TrainerFact ANNA = new TrainerFact(1, "Anna", Set.of(), null);
    static final TrainerFact BOB = new TrainerFact(2, "Bob", Set.of(), null);

    private static int counter;

    private Facts() {
    }

    static ProvinceFact province(String code, String name, double latitude, double longitude) {
        return new ProvinceFact(code, name, Map.of(), null, Set.of(), Set.of(SchoolRegion.MIDDEN), List.of(), latitude, longitude, 0);
    }

    static ProvinceFact withWishes(ProvinceFact p, Map<LocalDate, String> unsuitable, @Nullable PartOfDay part,
                                   Set<DayOfWeek> days, List<PlanningInput.SchoolHoliday> holidays, int idealGap) {
        return new ProvinceFact(p.code(), p.name(), unsuitable, part, days, p.regions(), holidays, p.latitude(), p.longitude(),
                idealGap);
    }

    static Slot evening(LocalDate date) {
        return Slot.of(date, "evening", PartOfDay.EVENING, LocalTime.of(19, 30), LocalTime.of(22, 0), null);
    }

    static Slot afternoon(LocalDate date) {
        return Slot.of(date, "afternoon", PartOfDay.AFTERNOON, LocalTime.of(13, 30), LocalTime.of(16, 30), null);
    }

    static Slot holiday(LocalDate date, String key) {
        return Slot.of(date, "evening", PartOfDay.EVENING, LocalTime.of(19, 30), LocalTime.of(22, 0), key);
    }

    /** A new session the planner placed. */
    static Visit visit(ProvinceFact province, @Nullable Slot slot, @Nullable TrainerFact trainer) {
        return new Visit(province.code() + "-" + (++counter), province, slot, trainer);
    }

    /** A published (pinned) session at this slot. */
    static Visit pinned(ProvinceFact province, Slot slot, @Nullable TrainerFact trainer, TrainerFact... others) {
        return Visit.existing(++counter, province, true, false, slot, slot.date(), slot.start(),
                trainer == null ? Set.of() : Set.of(trainer.id()), trainer, List.of(others));
    }

    /** An existing draft that stood at {@code original} with {@code originalTrainer}, now at {@code slot}. */
    static Visit draft(ProvinceFact province, Slot original, @Nullable TrainerFact originalTrainer, @Nullable Slot slot,
                       @Nullable TrainerFact trainer) {
        var visit = Visit.existing(++counter, province, false, false, slot, original.date(), original.start(),
                originalTrainer == null ? Set.of() : Set.of(originalTrainer.id()), trainer, List.of());
        return visit;
    }
}
