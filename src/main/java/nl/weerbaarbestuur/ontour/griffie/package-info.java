/** The griffie workspace: attendee lists per session, bulk registration, the griffie home and the exports. */
@NullMarked
package nl.weerbaarbestuur.ontour.griffie;

import org.jspecify.annotations.NullMarked;
