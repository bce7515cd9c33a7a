/** The check-in page for tablets at the door, kept live on every device with Vaadin push. */
package nl.weerbaarbestuur.ontour.attendance.ui;
