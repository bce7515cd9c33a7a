package nl.weerbaarbestuur.ontour.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A griffie user's digest: wanted or not, how far the last one reached, and its unsubscribe token. */
@Entity
@Table(name = "griffie_digest")
class GriffieDigest {

    @Id
    @Column(name = "user_account_id")
    private Long userAccountId;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "covered_until")
    private @Nullable Instant coveredUntil;

    @Column(name = "unsubscribe_token_hash", length = 64)
    private @Nullable String unsubscribeTokenHash;

    @Version
    private long version;

    protected GriffieDigest() {
    }

    GriffieDigest(long userAccountId) {
        this.userAccountId = userAccountId;
        this.enabled = true;
    }

    void covered(Instant until, @Nullable String newTokenHash) {
        this.coveredUntil = until;
        this.unsubscribeTokenHash = newTokenHash;
    }

    void unsubscribe() {
        this.enabled = false;
        this.unsubscribeTokenHash = null;
    }

    void subscribe() {
        this.enabled = true;
    }

    Long getUserAccountId() {
        return userAccountId;
    }

    boolean isEnabled() {
        return enabled;
    }

    @Nullable Instant getCoveredUntil() {
        return coveredUntil;
    }
}
