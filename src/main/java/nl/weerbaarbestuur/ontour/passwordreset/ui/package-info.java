/** The public pages to ask for a reset link and to set a new password with it. */
package nl.weerbaarbestuur.ontour.passwordreset.ui;
