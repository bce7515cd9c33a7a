/** Accounts, roles and sign-in: organisers, griffie users (bound to provinces) and trainers. Participants need no account. */
@NullMarked
package nl.weerbaarbestuur.ontour.security;

import org.jspecify.annotations.NullMarked;
