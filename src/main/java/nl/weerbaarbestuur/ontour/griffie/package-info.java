/** The griffie workspace: attendee lists per session, bulk registration, the griffie home and the exports. */
package nl.weerbaarbestuur.ontour.griffie;
