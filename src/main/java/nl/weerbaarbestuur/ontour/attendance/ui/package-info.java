/** The check-in page for tablets at the door, kept live on every device with Vaadin push. */
@NullMarked
package nl.weerbaarbestuur.ontour.attendance.ui;

import org.jspecify.annotations.NullMarked;
