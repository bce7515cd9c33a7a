package nl.weerbaarbestuur.ontour.privacy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * That an erasure happened, for accountability: when, through which channel, which organiser
 * asked (null for the participant's own request), and counts. The address only as its person key
 * (an HMAC under a server secret), never in clear.
 */
@Entity
@Table(name = "erasure_log")
public class ErasureLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "erased_at", nullable = false)
    private Instant erasedAt;

    @Column(nullable = false, length = 20)
    private String channel;

    @Column(name = "requested_by", length = 254)
    private @Nullable String requestedBy;

    @Column(name = "person_key", nullable = false, length = 64)
    private String personKey;

    @Column(nullable = false)
    private int registrations;

    @Column(nullable = false)
    private int cancelled;

    @Column(nullable = false)
    private int mails;

    @Column(nullable = false)
    private int invites;

    protected ErasureLogEntry() {
    }

    ErasureLogEntry(Instant erasedAt, String channel, @Nullable String requestedBy, String personKey, int registrations, int cancelled,
                    int mails, int invites) {
        this.erasedAt = erasedAt;
        this.channel = channel;
        this.requestedBy = requestedBy;
        this.personKey = personKey;
        this.registrations = registrations;
        this.cancelled = cancelled;
        this.mails = mails;
        this.invites = invites;
    }

    public Long getId() {
        return id;
    }

    public Instant getErasedAt() {
        return erasedAt;
    }

    public String getChannel() {
        return channel;
    }

    public @Nullable String getRequestedBy() {
        return requestedBy;
    }

    public String getPersonKey() {
        return personKey;
    }

    public int getRegistrations() {
        return registrations;
    }

    public int getCancelled() {
        return cancelled;
    }

    public int getMails() {
        return mails;
    }

    public int getInvites() {
        return invites;
    }
}
