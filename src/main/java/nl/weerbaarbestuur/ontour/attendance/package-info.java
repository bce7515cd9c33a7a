/** Attendance on the day of a session: check-in, walk-ins and no-shows, with the counts the results need. */
package nl.weerbaarbestuur.ontour.attendance;
