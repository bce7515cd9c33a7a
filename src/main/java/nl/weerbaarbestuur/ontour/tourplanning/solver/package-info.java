/**
 * The tour planner's solver: the problem as Timefold Solver sees it (slots, trainers, provinces and
 * the sessions to place), the rules it scores, the explanations computed from the same rules, and
 * the {@link nl.weerbaarbestuur.ontour.tourplanning.TourPlanner} that runs it in the background.
 * Internal to the module: only {@code TourPlanner} and its read models are seen from outside.
 */
@NullMarked
package nl.weerbaarbestuur.ontour.tourplanning.solver;

import org.jspecify.annotations.NullMarked;
