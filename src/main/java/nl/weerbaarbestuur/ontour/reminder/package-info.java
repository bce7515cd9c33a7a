/**
 * Messages the platform sends on its own schedule, worked out from what the database says is due:
 * reminders before a session, the follow-up after it, and the daily digest for griffies.
 */
@NullMarked
package nl.weerbaarbestuur.ontour.reminder;

import org.jspecify.annotations.NullMarked;
