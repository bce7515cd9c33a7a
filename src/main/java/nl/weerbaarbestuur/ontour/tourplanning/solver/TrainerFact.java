package nl.weerbaarbestuur.ontour.tourplanning.solver;

import java.time.LocalDate;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A trainer as the solver sees one: who, the days they cannot, at most how many sessions a week, and
 * their fair share of the plan (the sessions divided over the trainers, rounded up).
 */
public record TrainerFact(long id, String name, Set<LocalDate> unavailableDates, @Nullable Integer maxPerWeek, int fairShare) {

    public TrainerFact {
        unavailableDates = Set.copyOf(unavailableDates);
    }

    /** A trainer with no fair share: every session they get counts towards the balance. */
    TrainerFact(long id, String name, Set<LocalDate> unavailableDates, @Nullable Integer maxPerWeek) {
        this(id, name, unavailableDates, maxPerWeek, 0);
    }

    boolean unavailableOn(LocalDate date) {
        return unavailableDates.contains(date);
    }

    int weeklyLimit() {
        return maxPerWeek == null ? Integer.MAX_VALUE : maxPerWeek;
    }

    /** By id: the solver hashes trainers often, and the id is what a trainer is. */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof TrainerFact t && t.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }
}
