/**
 * Messages the platform sends on its own schedule, worked out from what the database says is due:
 * reminders before a session, the follow-up after it, and the daily digest for griffies.
 */
package nl.weerbaarbestuur.ontour.reminder;
