package nl.weerbaarbestuur.ontour.registration;

import nl.weerbaarbestuur.ontour.shared.SecretTokens;

/** Secret link tokens of registrations: see {@link SecretTokens}. */
final class Tokens {

    private Tokens() {
    }

    static String newToken() {
        return SecretTokens.newToken();
    }

    static String hash(String token) {
        return SecretTokens.hash(token);
    }
}
