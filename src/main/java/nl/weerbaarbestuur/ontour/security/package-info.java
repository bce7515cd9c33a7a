/** Accounts, roles and sign-in: organisers, griffie users (bound to provinces) and trainers. Participants need no account. */
package nl.weerbaarbestuur.ontour.security;
