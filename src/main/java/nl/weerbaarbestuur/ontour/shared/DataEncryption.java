package nl.weerbaarbestuur.ontour.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.security.crypto.encrypt.AesBytesEncryptor;
import org.springframework.security.crypto.encrypt.BytesEncryptor;
import org.springframework.security.crypto.keygen.KeyGenerators;

/**
 * Encrypts secrets at rest (such as mail bodies holding personal links) with AES-256-GCM under the
 * data key ({@code ONTOUR_DATA_KEY}). A stored value is {@code v1:} + base64(IV, ciphertext, tag);
 * a value without the prefix is clear text from before encryption and reads as it is. A value that
 * does not decrypt (a wrong key, a tampered row) throws: never garbage.
 */
public final class DataEncryption {

    public static final String PREFIX = "v1:";
    public static final int KEY_BYTES = 32;

    private final BytesEncryptor encryptor;

    public DataEncryption(byte[] key) {
        if (key == null || key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the data key must be " + KEY_BYTES + " bytes");
        }
        this.encryptor = new AesBytesEncryptor(new SecretKeySpec(key, "AES"), KeyGenerators.secureRandom(12),
                AesBytesEncryptor.CipherAlgorithm.GCM);
    }

    public static boolean isEncrypted(@Nullable String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    @Contract("!null -> !null")
    public @Nullable String encrypt(@Nullable String clear) {
        if (clear == null) {
            return null;
        }
        var sealed = encryptor.encrypt(clear.getBytes(StandardCharsets.UTF_8));
        return PREFIX + Base64.getEncoder().encodeToString(sealed);
    }

    @Contract("!null -> !null")
    public @Nullable String decrypt(@Nullable String stored) {
        if (stored == null || !isEncrypted(stored)) {
            return stored;
        }
        try {
            var clear = encryptor.decrypt(Base64.getDecoder().decode(stored.substring(PREFIX.length())));
            return new String(clear, StandardCharsets.UTF_8);
        } catch (RuntimeException e) {
            throw new UndecryptableException(e);
        }
    }

    /** The value was encrypted under another key (ONTOUR_DATA_KEY changed or lost) or was altered. */
    public static final class UndecryptableException extends IllegalStateException {
        UndecryptableException(Throwable cause) {
            super("A stored value cannot be decrypted with the current data key: is ONTOUR_DATA_KEY the key it was "
                    + "written with? Nothing is sent with an unreadable body.", cause);
        }
    }
}
