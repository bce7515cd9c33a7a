/** Weerbaar Bestuur On Tour: the application root; each direct sub-package is a module. */
@NullMarked
package nl.weerbaarbestuur.ontour;

import org.jspecify.annotations.NullMarked;
