/** Pages of the scheduled messages: turning the griffie digest off from its link. */
package nl.weerbaarbestuur.ontour.reminder.ui;
