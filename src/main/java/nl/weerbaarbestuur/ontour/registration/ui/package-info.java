/** Public pages for participants: the catalogue, the registration form, confirming and the personal manage page. */
@NullMarked
package nl.weerbaarbestuur.ontour.registration.ui;

import org.jspecify.annotations.NullMarked;
