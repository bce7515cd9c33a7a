package nl.weerbaarbestuur.ontour.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A personal API token of an organiser, for scripts and integrations that call the REST API with
 * {@code Authorization: Bearer ...}. Only the SHA-256 hash of the token is kept; the token itself
 * is shown once, when it is created. A revoked token stays revoked.
 */
@Entity
@Table(name = "api_token")
public class ApiToken {

    public static final int NAME_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "user_account_id", nullable = false)
    private Long userAccountId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_used_at")
    private @Nullable Instant lastUsedAt;

    @Column(nullable = false)
    private boolean revoked;

    @Version
    private long version;

    protected ApiToken() {
    }

    ApiToken(long userAccountId, String name, String tokenHash, Instant createdAt) {
        this.userAccountId = userAccountId;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    void revoke() {
        this.revoked = true;
    }

    public Long getId() {
        return id;
    }

    public long getUserAccountId() {
        return userAccountId;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public boolean isRevoked() {
        return revoked;
    }

    public long getVersion() {
        return version;
    }
}
