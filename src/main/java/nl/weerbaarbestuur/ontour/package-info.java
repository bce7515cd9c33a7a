/** Weerbaar Bestuur On Tour: the application root; each direct sub-package is a module. */
package nl.weerbaarbestuur.ontour;
