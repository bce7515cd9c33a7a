/**
 * Calendar invites that stay true: one iCalendar entry per participant and session (REQUEST,
 * updates with a rising SEQUENCE, CANCEL), the .ics downloads and the public and private feeds.
 */
@NullMarked
package nl.weerbaarbestuur.ontour.calendar;

import org.jspecify.annotations.NullMarked;
