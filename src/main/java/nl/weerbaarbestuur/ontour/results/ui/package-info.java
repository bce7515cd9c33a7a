/** The organiser dashboard with its SVG charts and the CSV export of the figures. */
package nl.weerbaarbestuur.ontour.results.ui;
