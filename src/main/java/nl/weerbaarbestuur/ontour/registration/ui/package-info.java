/** Public pages for participants: the catalogue, the registration form, confirming and the personal manage page. */
package nl.weerbaarbestuur.ontour.registration.ui;
