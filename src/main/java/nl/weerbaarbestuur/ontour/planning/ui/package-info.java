/** The organisers' planning screens: tour overview with the province map, session list, calendar, editor and reference data. */
package nl.weerbaarbestuur.ontour.planning.ui;
