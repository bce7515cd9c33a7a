/**
 * The tour planner: what the provinces and trainers say about dates (griffie wishes, trainer
 * availability, school holidays) and a proposal for a whole tour that honours it, computed with
 * Timefold Solver and accepted by an organiser as draft sessions.
 * <p>
 * The one read model between the two halves is {@link nl.weerbaarbestuur.ontour.tourplanning.PlanningInput},
 * served by {@link nl.weerbaarbestuur.ontour.tourplanning.PlanningInputs}.
 */
@NullMarked
package nl.weerbaarbestuur.ontour.tourplanning;

import org.jspecify.annotations.NullMarked;
