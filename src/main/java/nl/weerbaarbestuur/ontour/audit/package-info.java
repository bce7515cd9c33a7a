/** The access log: which staff member saw or exported whose personal data, when, in which session. */
@NullMarked
package nl.weerbaarbestuur.ontour.audit;

import org.jspecify.annotations.NullMarked;
