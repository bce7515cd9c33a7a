package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.HardMediumSoftScore;
import org.jspecify.annotations.Nullable;

/**
 * A tour's plan as the solver works on it: the slots and trainers to choose from, the provinces, and
 * the visits (sessions) to place. Hard: rules that may not be broken; medium: sessions or trainers
 * left unassigned; soft: wishes and costs.
 */
@PlanningSolution
public class TourSchedule {

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<Slot> slots = List.of();

    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<TrainerFact> trainers = List.of();

    @ProblemFactCollectionProperty
    private List<ProvinceFact> provinces = List.of();

    @PlanningEntityCollectionProperty
    private List<Visit> visits = List.of();

    @PlanningScore
    private @Nullable HardMediumSoftScore score;

    /** For the solver's cloner. Timefold reads the annotated fields through public getters. */
    TourSchedule() {
    }

    TourSchedule(List<Slot> slots, List<TrainerFact> trainers, List<ProvinceFact> provinces, List<Visit> visits) {
        this.slots = List.copyOf(slots);
        this.trainers = List.copyOf(trainers);
        this.provinces = List.copyOf(provinces);
        this.visits = List.copyOf(visits);
    }

    public List<Slot> getSlots() {
        return slots;
    }

    public List<TrainerFact> getTrainers() {
        return trainers;
    }

    public List<ProvinceFact> getProvinces() {
        return provinces;
    }

    public List<Visit> getVisits() {
        return visits;
    }

    public @Nullable HardMediumSoftScore getScore() {
        return score;
    }

    public void setScore(@Nullable HardMediumSoftScore score) {
        this.score = score;
    }

    /** Whether anything is left for the solver to decide. */
    boolean hasWork() {
        return visits.stream().anyMatch(v -> !v.isPinned()) && slots.stream().anyMatch(Slot::plannable);
    }
}
