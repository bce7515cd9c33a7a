/** The organiser dashboard with its SVG charts and the CSV export of the figures. */
@NullMarked
package nl.weerbaarbestuur.ontour.results.ui;

import org.jspecify.annotations.NullMarked;
