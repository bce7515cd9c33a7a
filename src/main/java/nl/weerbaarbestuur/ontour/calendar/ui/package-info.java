/** Screens for calendar subscriptions: a participant's private feed link and a griffie's province feed links. */
package nl.weerbaarbestuur.ontour.calendar.ui;
