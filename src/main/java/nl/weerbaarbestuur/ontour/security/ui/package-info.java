/** Sign-in and user administration screens. */
package nl.weerbaarbestuur.ontour.security.ui;
