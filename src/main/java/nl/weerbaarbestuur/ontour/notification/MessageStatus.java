package nl.weerbaarbestuur.ontour.notification;

public enum MessageStatus {
    /** Waiting for its first attempt. */
    QUEUED,
    /** An attempt failed; the next one is scheduled with backoff. */
    RETRYING,
    SENT,
    /** Gave up after the maximum number of attempts; visible to organisers. */
    FAILED,
    /** No SMTP server configured: kept in the outbox, readable by organisers, never sent. */
    HELD
}
