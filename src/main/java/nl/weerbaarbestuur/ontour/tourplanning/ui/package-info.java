/** The organiser's tour planner screen: propose a plan, watch it improve on the map and in a list, see why, accept it as drafts. */
@NullMarked
package nl.weerbaarbestuur.ontour.tourplanning.ui;

import org.jspecify.annotations.NullMarked;
