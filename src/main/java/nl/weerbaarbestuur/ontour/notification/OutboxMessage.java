package nl.weerbaarbestuur.ontour.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One e-mail in the outbox, with its delivery state. */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "message_key", nullable = false, length = 200, unique = true)
    private String key;

    @Column(name = "message_type", nullable = false, length = 40)
    private String type;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    // Bodies hold personal links (confirm, manage): encrypted at rest.
    @Convert(converter = EncryptedText.class)
    @Column(name = "text_body", nullable = false, length = 1_000_000)
    private String text;

    @Convert(converter = EncryptedText.class)
    @Column(name = "html_body", length = 1_000_000)
    private @Nullable String html;

    @Column(name = "calendar_method", length = 10)
    private @Nullable String calendarMethod;

    @Convert(converter = EncryptedText.class)
    @Column(name = "calendar_ics", length = 1_000_000)
    private @Nullable String calendarIcs;

    /** "Display name <mailbox>" of the tour the mail comes from; null: the application's sender. */
    @Column(name = "sender", length = 320)
    private @Nullable String sender;

    // The one-click unsubscribe address holds the digest's token: encrypted like the bodies.
    @Convert(converter = EncryptedText.class)
    @Column(name = "list_unsubscribe", length = 500)
    private @Nullable String listUnsubscribe;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MessageStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error", length = 1000)
    private @Nullable String lastError;

    @Column(name = "claimed_by", length = 100)
    private @Nullable String claimedBy;

    @Column(name = "claimed_until")
    private @Nullable Instant claimedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private @Nullable Instant sentAt;

    /** When the body (text, HTML, calendar file) was removed; the metadata stays for the mail log. */
    @Column(name = "purged_at")
    private @Nullable Instant purgedAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(OutgoingMessage message, boolean deliverable, Instant now) {
        this.key = message.key();
        this.type = message.type();
        this.language = message.language();
        this.recipient = message.recipient();
        this.subject = message.subject();
        this.text = message.text();
        this.calendarMethod = message.calendarMethod();
        this.calendarIcs = message.calendarIcs();
        this.html = message.html() != null ? message.html() : PlainTextHtml.of(message.text(), message.language());
        this.sender = message.sender();
        this.listUnsubscribe = message.listUnsubscribe();
        this.status = deliverable ? MessageStatus.QUEUED : MessageStatus.HELD;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    /** Exponential backoff from {@code base}, at most {@code max}; FAILED after {@code maxAttempts}. */
    void failed(String error, Instant now, Duration base, Duration max, int maxAttempts) {
        attempts++;
        lastError = error == null ? "unknown" : error.length() > 1000 ? error.substring(0, 1000) : error;
        claimedBy = null;
        claimedUntil = null;
        if (attempts >= maxAttempts) {
            status = MessageStatus.FAILED;
            return;
        }
        status = MessageStatus.RETRYING;
        var delay = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        nextAttemptAt = now.plus(delay.compareTo(max) > 0 ? max : delay);
    }

    /**
     * Removes what the mail said (text, HTML, calendar file); subject, recipient, type and status
     * stay for the mail log. With {@code maskRecipient} the address goes too (an erasure, or the
     * erasure's own confirmation). Twice changes nothing. @return whether anything was removed now
     */
    boolean purge(Instant now, boolean maskRecipient) {
        boolean changed = false;
        if (purgedAt == null) {
            text = "";
            html = null;
            calendarIcs = null;
            calendarMethod = null;
            listUnsubscribe = null;
            purgedAt = now;
            changed = true;
        }
        if (maskRecipient && !recipient.equals(MASKED_RECIPIENT)) {
            recipient = MASKED_RECIPIENT;
            changed = true;
        }
        return changed;
    }

    /** What the mail log shows as the recipient of a mail whose recipient was erased. */
    public static final String MASKED_RECIPIENT = "verwijderd@anoniem.invalid";

    public boolean isPurged() {
        return purgedAt != null;
    }

    public @Nullable Instant getPurgedAt() {
        return purgedAt;
    }

    void requeue(Instant now) {
        status = MessageStatus.QUEUED;
        nextAttemptAt = now;
        claimedBy = null;
        claimedUntil = null;
    }

    public Long getId() {
        return id;
    }

    public String getKey() {
        return key;
    }

    public String getType() {
        return type;
    }

    public String getLanguage() {
        return language;
    }

    public String getRecipient() {
        return recipient;
    }

    public String getSubject() {
        return subject;
    }

    public String getText() {
        return text;
    }

    /** The HTML alternative, or null for plain text only. */
    public @Nullable String getHtml() {
        return html;
    }

    /** The iTIP method of the calendar part (REQUEST, CANCEL, PUBLISH), or null without one. */
    public @Nullable String getCalendarMethod() {
        return calendarMethod;
    }

    public @Nullable String getSender() {
        return sender;
    }

    public @Nullable String getListUnsubscribe() {
        return listUnsubscribe;
    }

    /** The .ics text of the calendar part, or null without one. */
    public @Nullable String getCalendarIcs() {
        return calendarIcs;
    }

    public MessageStatus getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public @Nullable String getLastError() {
        return lastError;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getSentAt() {
        return sentAt;
    }
}
