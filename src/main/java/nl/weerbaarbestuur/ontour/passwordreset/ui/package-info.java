/** The public pages to ask for a reset link and to set a new password with it. */
@NullMarked
package nl.weerbaarbestuur.ontour.passwordreset.ui;

import org.jspecify.annotations.NullMarked;
