/** Sign-in and user administration screens. */
@NullMarked
package nl.weerbaarbestuur.ontour.security.ui;

import org.jspecify.annotations.NullMarked;
