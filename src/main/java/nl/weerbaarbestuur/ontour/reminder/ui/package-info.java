/** Pages of the scheduled messages: turning the griffie digest off from its link. */
@NullMarked
package nl.weerbaarbestuur.ontour.reminder.ui;

import org.jspecify.annotations.NullMarked;
