/** The public landing page that explains the programme, and the signed-in overview per role. */
package nl.weerbaarbestuur.ontour.home;
