package nl.weerbaarbestuur.ontour.planning;

import java.util.Set;

/** Trainers were added to or taken off a published session (ids of the trainers). */
public record SessionTrainersChanged(long sessionId, Set<Long> added, Set<Long> removed) implements SessionEvents {
}
