package nl.weerbaarbestuur.ontour.security;

import java.util.Objects;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Spring Security 7 declares {@link PasswordEncoder#encode} {@code @Nullable} because it passes a null
 * password through; a password typed here is never null, so neither is its hash.
 */
final class PasswordHashes {

    private PasswordHashes() {
    }

    static String encode(PasswordEncoder encoder, String password) {
        return Objects.requireNonNull(encoder.encode(password), "a password encoder returned no hash");
    }
}
