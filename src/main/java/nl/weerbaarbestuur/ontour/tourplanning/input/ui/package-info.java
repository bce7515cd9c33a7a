/**
 * The tour planner's input screens: a griffie's dates that do not suit, the organisers' overview of
 * every province's input (with reminders and the sessions wanted), trainers' availability and the
 * school holidays.
 */
@NullMarked
package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import org.jspecify.annotations.NullMarked;
