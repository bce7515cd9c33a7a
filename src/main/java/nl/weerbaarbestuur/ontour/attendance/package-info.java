/** Attendance on the day of a session: check-in, walk-ins and no-shows, with the counts the results need. */
@NullMarked
package nl.weerbaarbestuur.ontour.attendance;

import org.jspecify.annotations.NullMarked;
