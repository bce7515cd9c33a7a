/** Reminders before a session and the follow-up after it, worked out from what the database says is due. */
package nl.weerbaarbestuur.ontour.reminder;
