/** "Wachtwoord vergeten": staff ask for a one-time link by mail and set a new password with it. */
package nl.weerbaarbestuur.ontour.passwordreset;
