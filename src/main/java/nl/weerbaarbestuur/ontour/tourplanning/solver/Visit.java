package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.common.PlanningId;
import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import org.jspecify.annotations.Nullable;

/**
 * One session of the tour in one province, as the solver places it: a new one, an existing draft
 * (which starts where it is and costs a penalty when moved), or a pinned session (published or with
 * registrations, or already past) that never moves but still occupies its trainer and its week.
 * Both the slot and the trainer may stay unassigned, so an over-constrained tour still gets the best
 * partial plan.
 */
@PlanningEntity
public class Visit {

    @PlanningId
    private String key;
    private ProvinceFact province;
    private @Nullable Long existingSessionId;
    @PlanningPin
    private boolean pinned;
    /** Pinned because it is a draft that already lies before the first day the plan may use. */
    private boolean past;
    /** Where an existing session stood when the run started; null for a new one. */
    private @Nullable LocalDate originalDate;
    private @Nullable LocalTime originalStart;
    private Set<Long> originalTrainerIds = Set.of();
    /** A pinned session's further trainers: they are booked that day too. */
    private List<TrainerFact> otherTrainers = List.of();

    @PlanningVariable(allowsUnassigned = true)
    private @Nullable Slot slot;

    @PlanningVariable(allowsUnassigned = true)
    private @Nullable TrainerFact trainer;

    /** For the solver's cloner. */
    @SuppressWarnings("NullAway.Init")
    Visit() {
    }

    Visit(String key, ProvinceFact province, @Nullable Slot slot, @Nullable TrainerFact trainer) {
        this.key = key;
        this.province = province;
        this.slot = slot;
        this.trainer = trainer;
    }

    /** An existing session: where it stands now is where it starts, and what a move is measured against. */
    static Visit existing(long sessionId, ProvinceFact province, boolean pinned, boolean past, @Nullable Slot slot,
                          LocalDate date, LocalTime start, Set<Long> trainerIds, @Nullable TrainerFact trainer,
                          List<TrainerFact> otherTrainers) {
        var visit = new Visit("s" + sessionId, province, slot, trainer);
        visit.existingSessionId = sessionId;
        visit.pinned = pinned || past;
        visit.past = past;
        visit.originalDate = date;
        visit.originalStart = start;
        visit.originalTrainerIds = Set.copyOf(trainerIds);
        visit.otherTrainers = List.copyOf(otherTrainers);
        return visit;
    }

    boolean placed() {
        return slot != null;
    }

    /** Placed and not pinned: what the planner chose and answers for. */
    boolean plannedHere() {
        return slot != null && !pinned;
    }

    /** Only for a placed visit. */
    LocalDate date() {
        return requireSlot().date();
    }

    long epochDay() {
        return requireSlot().epochDay();
    }

    int week() {
        return requireSlot().week();
    }

    Slot requireSlot() {
        if (slot == null) {
            throw new IllegalStateException("visit " + key + " is not placed");
        }
        return slot;
    }

    /** Every trainer this session occupies: the planned one and, for a pinned session, the others it has. */
    List<TrainerFact> trainers() {
        if (otherTrainers.isEmpty()) {
            return trainer == null ? List.of() : List.of(trainer);
        }
        var all = new ArrayList<TrainerFact>(otherTrainers.size() + 1);
        if (trainer != null) {
            all.add(trainer);
        }
        all.addAll(otherTrainers);
        return all;
    }

    boolean sharesTrainerWith(Visit other) {
        for (var mine : trainers()) {
            if (other.trainers().contains(mine)) {
                return true;
            }
        }
        return false;
    }

    @Nullable TrainerFact sharedTrainer(Visit other) {
        for (var mine : trainers()) {
            if (other.trainers().contains(mine)) {
                return mine;
            }
        }
        return null;
    }

    /**
     * An existing draft that the plan puts on another date or time, or gives another trainer than it
     * had (giving a trainer to a draft without one is no move). Unplacing it is not a move: the
     * draft then stays where it is.
     */
    boolean moved() {
        if (existingSessionId == null || pinned || slot == null) {
            return false;
        }
        if (!slot.date().equals(originalDate) || !slot.start().equals(originalStart)) {
            return true;
        }
        return trainer != null && !originalTrainerIds.isEmpty() && !originalTrainerIds.contains(trainer.id());
    }

    boolean past() {
        return past;
    }

    boolean existing() {
        return existingSessionId != null;
    }

    public String getKey() {
        return key;
    }

    ProvinceFact province() {
        return province;
    }

    @Nullable Long existingSessionId() {
        return existingSessionId;
    }

    public boolean isPinned() {
        return pinned;
    }

    @Nullable LocalDate originalDate() {
        return originalDate;
    }

    @Nullable LocalTime originalStart() {
        return originalStart;
    }

    Set<Long> originalTrainerIds() {
        return originalTrainerIds;
    }

    public @Nullable Slot getSlot() {
        return slot;
    }

    public void setSlot(@Nullable Slot slot) {
        this.slot = slot;
    }

    public @Nullable TrainerFact getTrainer() {
        return trainer;
    }

    public void setTrainer(@Nullable TrainerFact trainer) {
        this.trainer = trainer;
    }

    @Override
    public String toString() {
        return key + "@" + (slot == null ? "-" : slot.id()) + "/" + (trainer == null ? "-" : trainer.id());
    }
}
