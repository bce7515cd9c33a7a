/** Landing page and overview screens. */
@NullMarked
package nl.weerbaarbestuur.ontour.home.ui;

import org.jspecify.annotations.NullMarked;
