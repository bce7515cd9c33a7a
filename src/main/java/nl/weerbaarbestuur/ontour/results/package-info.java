/** How the tour is doing: sessions planned and held, fill rate, waitlist, attendance and reach per province. */
@NullMarked
package nl.weerbaarbestuur.ontour.results;

import org.jspecify.annotations.NullMarked;
