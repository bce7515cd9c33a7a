package nl.weerbaarbestuur.ontour.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** A secret, revocable link to a private feed. Only the token's SHA-256 is kept. */
@Entity
@Table(name = "calendar_feed_token")
class FeedToken {

    /** Whose feed: a participant's own sessions (subject: e-mail) or a griffie's province (subject: code). */
    enum Kind {
        PARTICIPANT, PROVINCE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(nullable = false, length = 254)
    private String subject;

    @Column(name = "created_by", length = 254)
    private @Nullable String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    @Version
    private long version;

    protected FeedToken() {
    }

    FeedToken(String tokenHash, Kind kind, String subject, @Nullable String createdBy, Instant now) {
        this.tokenHash = tokenHash;
        this.kind = kind;
        this.subject = subject;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    boolean isActive() {
        return revokedAt == null;
    }

    Long getId() {
        return id;
    }

    Kind getKind() {
        return kind;
    }

    String getSubject() {
        return subject;
    }

    @Nullable String getCreatedBy() {
        return createdBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable Instant getRevokedAt() {
        return revokedAt;
    }
}
