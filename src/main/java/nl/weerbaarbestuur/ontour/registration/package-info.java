/** Registrations of participants without an account: double opt-in, seats, waitlist and the personal manage link. */
package nl.weerbaarbestuur.ontour.registration;
