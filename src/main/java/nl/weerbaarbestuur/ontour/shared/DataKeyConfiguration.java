package nl.weerbaarbestuur.ontour.shared;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Where the data key comes from: {@code ONTOUR_DATA_KEY} (property {@code ontour.data-key}), the
 * base64 of 32 random bytes ({@code openssl rand -base64 32}). Without it, only the embedded H2
 * default generates one into {@code ./data/ontour-data.key} (beside the H2 file, owner-only) and
 * says so in the log; against any other database the start fails, because a key kept on the
 * application's disk is lost with the container and a lost key makes the stored mails unreadable.
 */
@Configuration(proxyBeanMethods = false)
class DataKeyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DataKeyConfiguration.class);
    static final String DEFAULT_FILE = "./data/ontour-data.key";

    @Bean
    DataEncryption dataEncryption(Environment environment) {
        return new DataEncryption(DataKeys.load(environment.getProperty("ontour.data-key", ""),
                Path.of(environment.getProperty("ontour.data-key.file", DEFAULT_FILE)),
                generate(environment)));
    }

    private static boolean generate(Environment environment) {
        var configured = environment.getProperty("ontour.data-key.generate");
        if (configured != null && !configured.isBlank()) {
            return Boolean.parseBoolean(configured.strip());
        }
        return environment.getProperty("spring.datasource.url", "").startsWith("jdbc:h2:");
    }

    /** Reads, or (where allowed) makes, the 32-byte data key. */
    static final class DataKeys {

        private DataKeys() {
        }

        static byte[] load(String configured, Path file, boolean generate) {
            if (configured != null && !configured.isBlank()) {
                return decode(configured.strip(), "ONTOUR_DATA_KEY");
            }
            if (Files.exists(file)) {
                try {
                    var key = decode(Files.readString(file).strip(), file.toString());
                    log.info("Data key read from {} (set ONTOUR_DATA_KEY in production)", file.toAbsolutePath());
                    return key;
                } catch (IOException e) {
                    throw new IllegalStateException("The data key file " + file.toAbsolutePath() + " cannot be read", e);
                }
            }
            if (!generate) {
                throw new IllegalStateException("ONTOUR_DATA_KEY is not set. It encrypts the mail bodies in the outbox "
                        + "(they hold personal links). Set it to the base64 of 32 random bytes, e.g. `openssl rand -base64 32`, "
                        + "and keep it safe: without it, stored mails cannot be read or sent.");
            }
            var key = new byte[DataEncryption.KEY_BYTES];
            new SecureRandom().nextBytes(key);
            write(file, Base64.getEncoder().encodeToString(key));
            log.warn("ONTOUR_DATA_KEY is not set: generated a data key into {} (owner-only). Fine for the embedded "
                    + "database; production must set ONTOUR_DATA_KEY.", file.toAbsolutePath());
            return key;
        }

        private static byte[] decode(String base64, String source) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(base64);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("The data key in " + source + " is not base64; expected the base64 of "
                        + DataEncryption.KEY_BYTES + " random bytes (openssl rand -base64 32)");
            }
            if (key.length != DataEncryption.KEY_BYTES) {
                throw new IllegalStateException("The data key in " + source + " has " + key.length + " bytes; expected "
                        + DataEncryption.KEY_BYTES + " (openssl rand -base64 32)");
            }
            return key;
        }

        private static void write(Path file, String base64) {
            try {
                var parent = file.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException notPosix) {
                    Files.createFile(file);
                }
                Files.writeString(file, base64 + "\n", StandardOpenOption.TRUNCATE_EXISTING);
            } catch (IOException e) {
                throw new IllegalStateException("Cannot write the generated data key to " + file.toAbsolutePath(), e);
            }
        }
    }
}
