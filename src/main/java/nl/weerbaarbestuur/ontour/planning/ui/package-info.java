/** The organisers' planning screens: tour overview with the province map, session list, calendar, editor and reference data. */
@NullMarked
package nl.weerbaarbestuur.ontour.planning.ui;

import org.jspecify.annotations.NullMarked;
