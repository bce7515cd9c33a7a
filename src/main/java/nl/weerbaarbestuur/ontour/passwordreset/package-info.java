/** "Wachtwoord vergeten": staff ask for a one-time link by mail and set a new password with it. */
@NullMarked
package nl.weerbaarbestuur.ontour.passwordreset;

import org.jspecify.annotations.NullMarked;
