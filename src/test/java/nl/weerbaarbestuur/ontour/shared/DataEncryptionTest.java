package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** The data key and what it encrypts: generated where allowed, refused where not, never garbage. */
class DataEncryptionTest {

    private static byte[] randomKey() {
        var key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }

    @Test
    void a_value_round_trips_and_is_different_every_time() {
        var encryption = new DataEncryption(randomKey());
        var once = encryption.encrypt("https://ontour.example.nl/mijn/geheim");
        var twice = encryption.encrypt("https://ontour.example.nl/mijn/geheim");
        assertThat(once).startsWith("v1:").doesNotContain("geheim").isNotEqualTo(twice);
        assertThat(encryption.decrypt(once)).isEqualTo("https://ontour.example.nl/mijn/geheim");
        assertThat(encryption.decrypt("oude tekst in klare taal")).isEqualTo("oude tekst in klare taal");
    }

    @Test
    void a_wrong_key_or_a_tampered_value_fails_loudly() {
        var stored = new DataEncryption(randomKey()).encrypt("Beste Kees");
        assertThatThrownBy(() -> new DataEncryption(randomKey()).decrypt(stored))
                .isInstanceOf(DataEncryption.UndecryptableException.class).hasMessageContaining("ONTOUR_DATA_KEY");
        var key = randomKey();
        var good = new DataEncryption(key).encrypt("Beste Kees");
        var bytes = Base64.getDecoder().decode(good.substring(3));
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> new DataEncryption(key).decrypt("v1:" + Base64.getEncoder().encodeToString(bytes)))
                .isInstanceOf(DataEncryption.UndecryptableException.class);
    }

    @Test
    void without_ontour_data_key_the_embedded_default_generates_one_under_data_owner_only(@TempDir Path dir) throws Exception {
        var file = dir.resolve("data").resolve("ontour-data.key");
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:h2:file:./data/ontour")
                .withProperty("ontour.data-key.file", file.toString());

        var encryption = new DataKeyConfiguration().dataEncryption(environment);

        assertThat(file).exists();
        assertThat(Base64.getDecoder().decode(Files.readString(file).strip())).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        var stored = encryption.encrypt("bewaard");
        assertThat(new DataKeyConfiguration().dataEncryption(environment).decrypt(stored))
                .as("the next start reads the same key").isEqualTo("bewaard");
    }

    @Test
    void against_a_server_database_a_missing_key_refuses_to_start(@TempDir Path dir) {
        var environment = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:mysql://db:3306/ontour")
                .withProperty("ontour.data-key.file", dir.resolve("ontour-data.key").toString());

        assertThatThrownBy(() -> new DataKeyConfiguration().dataEncryption(environment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ONTOUR_DATA_KEY is not set")
                .hasMessageContaining("openssl rand -base64 32");
        assertThat(dir.resolve("ontour-data.key")).doesNotExist();
    }

    @Test
    void a_key_that_is_not_32_bytes_of_base64_is_refused() {
        var environment = new MockEnvironment().withProperty("ontour.data-key", "te-kort");
        assertThatThrownBy(() -> new DataKeyConfiguration().dataEncryption(environment))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ONTOUR_DATA_KEY");
        var shortKey = new MockEnvironment().withProperty("ontour.data-key", Base64.getEncoder().encodeToString(new byte[16]));
        assertThatThrownBy(() -> new DataKeyConfiguration().dataEncryption(shortKey))
                .hasMessageContaining("16 bytes");
    }

    @Test
    void a_configured_key_is_used_as_given() {
        var key = randomKey();
        var environment = new MockEnvironment().withProperty("ontour.data-key", Base64.getEncoder().encodeToString(key));
        var stored = new DataKeyConfiguration().dataEncryption(environment).encrypt("x");
        assertThat(new DataEncryption(key).decrypt(stored)).isEqualTo("x");
    }
}
