package nl.weerbaarbestuur.ontour.registration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A further personal manage link of a registration (only its SHA-256). The first link lives on
 * the registration itself; asking again with the same address adds one here instead of replacing
 * it, so a stranger who types someone's address cannot kill the link that person holds.
 */
@Entity
@Table(name = "registration_manage_link")
class ManageLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "registration_id", nullable = false)
    private long registrationId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private @Nullable Instant revokedAt;

    protected ManageLink() {
    }

    ManageLink(long registrationId, String tokenHash, Instant now) {
        this.registrationId = registrationId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
    }

    long getRegistrationId() {
        return registrationId;
    }

    void moveTo(long otherRegistrationId) {
        this.registrationId = otherRegistrationId;
    }

    void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
