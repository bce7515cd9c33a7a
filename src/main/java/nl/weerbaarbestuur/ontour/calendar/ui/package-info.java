/** Screens for calendar subscriptions: a participant's private feed link and a griffie's province feed links. */
@NullMarked
package nl.weerbaarbestuur.ontour.calendar.ui;

import org.jspecify.annotations.NullMarked;
