/** The public landing page that explains the programme, and the signed-in overview per role. */
@NullMarked
package nl.weerbaarbestuur.ontour.home;

import org.jspecify.annotations.NullMarked;
