/** How the tour is doing: sessions planned and held, fill rate, waitlist, attendance and reach per province. */
package nl.weerbaarbestuur.ontour.results;
