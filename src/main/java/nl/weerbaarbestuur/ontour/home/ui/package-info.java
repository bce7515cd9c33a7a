/** Landing page and overview screens. */
package nl.weerbaarbestuur.ontour.home.ui;
