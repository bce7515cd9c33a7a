package nl.weerbaarbestuur.ontour.registration;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A person's key: HMAC-SHA256 of the normalised e-mail address under a server-side secret. It
 * lets the reach figure count a person once across sessions after their address is gone, and
 * lets the erasure log prove an erasure without keeping the address.
 *
 * <p>The trade-off: the key is pseudonymous, not anonymous. Whoever holds the secret and a
 * candidate address can tell whether that address registered; without the secret the key reveals
 * nothing (a plain hash would not do: Statenleden's addresses are public, so it could be looked
 * up). The secret is {@code ontour.privacy.person-key-secret} (env {@code ONTOUR_PERSON_KEY_SECRET}),
 * kept outside the database; without it one is generated once and kept in the database table
 * {@code privacy_secret}, which protects less (a database dump then holds both). Never change it
 * once registrations were anonymised: the reach of those people would be counted anew.
 */
@Component
class PersonKeys {

    private static final String NAME = "person-key";

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final String configured;
    private volatile byte @Nullable [] secret;

    private final TransactionTemplate ownTransaction;

    PersonKeys(JdbcTemplate jdbc, Clock clock, PlatformTransactionManager transactions,
               PersonKeySettings settings) {
        this.jdbc = jdbc;
        // Read or made in a transaction of its own: the caller's may be read-only.
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
        this.configured = settings.personKeySecret();
    }

    /** The key of this address (case and surrounding spaces do not matter). */
    String of(String email) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            var normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 not available", e);
        }
    }

    private byte[] secret() {
        var known = secret;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (secret == null) {
                secret = configured.isBlank() ? stored() : configured.getBytes(StandardCharsets.UTF_8);
            }
            return secret;
        }
    }

    private byte[] stored() {
        try {
            return ownTransaction.execute(status -> readOrMake());
        } catch (DataIntegrityViolationException e) {
            // Another instance made it first: use theirs.
            return ownTransaction.execute(status -> readOrMake());
        }
    }

    private byte[] readOrMake() {
        var found = jdbc.queryForList("select secret from privacy_secret where name = ?", String.class, NAME);
        if (found.isEmpty()) {
            var bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            var made = Base64.getEncoder().encodeToString(bytes);
            jdbc.update("insert into privacy_secret (name, secret, created_at) values (?, ?, ?)", NAME, made,
                    java.sql.Timestamp.from(clock.instant()));
            return bytes;
        }
        return Base64.getDecoder().decode(found.getFirst());
    }
}
