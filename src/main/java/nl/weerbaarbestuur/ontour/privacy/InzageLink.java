package nl.weerbaarbestuur.ontour.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A mailed inzage link (only its SHA-256): opens the inzage of its registration's address until it
 * expires, as often as wanted. Issued once; the token itself exists only in the mail.
 */
@Entity
@Table(name = "inzage_link")
class InzageLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected InzageLink() {
    }

    InzageLink(long registrationId, String tokenHash, Instant now, Instant expiresAt) {
        this.registrationId = registrationId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    Long getId() {
        return id;
    }

    long getRegistrationId() {
        return registrationId;
    }

    boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt);
    }
}
