/** Registrations of participants without an account: double opt-in, seats, waitlist and the personal manage link. */
@NullMarked
package nl.weerbaarbestuur.ontour.registration;

import org.jspecify.annotations.NullMarked;
