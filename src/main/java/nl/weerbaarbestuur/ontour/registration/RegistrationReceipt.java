package nl.weerbaarbestuur.ontour.registration;

/**
 * What the requester gets: always the same answer ("check your e-mail"); the tokens go into the
 * mail, never onto the page. {@code repeated} means an active registration existed and only its
 * manage link was renewed (to be mailed again); the requester is not told.
 */
public record RegistrationReceipt(long registrationId, String confirmationToken, String manageToken, boolean repeated) {
}
