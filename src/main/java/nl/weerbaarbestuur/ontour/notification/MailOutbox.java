package nl.weerbaarbestuur.ontour.notification;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import nl.weerbaarbestuur.ontour.shared.SiteAddress;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way out for e-mail. A message is stored in the caller's transaction, so it exists if and
 * only if the change that caused it was committed; the {@link MailDispatcher} delivers it later.
 * Without an SMTP server (no {@code spring.mail.host}) messages are HELD: kept, readable by
 * organisers in the mail log, never sent.
 */
@Service
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    static final EnumSet<MessageStatus> DUE = EnumSet.of(MessageStatus.QUEUED, MessageStatus.RETRYING);

    private final OutboxMessageRepository messages;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final Duration backoffBase;
    private final Duration backoffMax;
    private final int maxAttempts;
    private final List<String> ownLinks;

    MailOutbox(OutboxMessageRepository messages, ObjectProvider<JavaMailSender> mailSender, Clock clock,
               MailSettings settings, SiteAddress site, FollowUpSettings followUp) {
        this.ownLinks = java.util.stream.Stream.of(site.baseUrl(), followUp.feedbackUrl()).filter(s -> s != null && !s.isBlank()).toList();
        this.messages = messages;
        this.mailSender = mailSender;
        this.clock = clock;
        this.backoffBase = settings.backoffBase();
        this.backoffMax = settings.backoffMax();
        this.maxAttempts = settings.maxAttempts();
    }

    /**
     * Stores the message with the caller's change; the same key twice is stored (and sent) once.
     *
     * @return whether the message was new (false: a message with that key exists already)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMessage message) {
        if (messages.existsByKey(message.key())) {
            return false;
        }
        if (isAnonymised(message.recipient())) {
            // An anonymised registration's placeholder address: never a mail (none would arrive anyway).
            log.debug("Message {} ({}) not stored: the recipient was anonymised", message.key(), message.type());
            return false;
        }
        var deliverable = mailSender.getIfAvailable() != null;
        var withHtml = message.html() != null ? message : message.withHtml(PlainTextHtml.of(message.text(), message.language(), ownLinks));
        messages.save(new OutboxMessage(withHtml, deliverable, clock.instant()));
        if (!deliverable) {
            log.debug("No SMTP server configured: message {} ({}) kept in the outbox", message.key(), message.type());
        }
        return true;
    }

    /** What a participant learns about a message sent to them: no body, no links. */
    public record MailSummary(String type, String subject, Instant createdAt, Instant sentAt, MessageStatus status) {
    }

    /**
     * The messages to one address (compared lower-case and trimmed), oldest first, without their
     * bodies. Not role-checked: the caller (the inzage) has identified the person by their manage link.
     */
    @Transactional(readOnly = true)
    public List<MailSummary> sentTo(String address) {
        if (address == null || address.isBlank()) {
            return List.of();
        }
        return messages.findSummariesTo(address.strip().toLowerCase(java.util.Locale.ROOT));
    }

    /** The mail log for organisers: the newest messages first. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<OutboxMessage> latest() {
        return messages.findTop200ByOrderByCreatedAtDesc();
    }

    /** What the mail log asks: by status, type, and text in recipient, subject or key; newest first, a page at a time. */
    public record LogFilter(@Nullable MessageStatus status, @Nullable String type, @Nullable String text) {
        public static final LogFilter ALL = new LogFilter(null, null, null);
    }

    /** One page of the mail log. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<OutboxMessage> search(LogFilter filter, int offset, int limit) {
        var page = PageRequest.of(offset / Math.max(1, limit), Math.max(1, limit),
                org.springframework.data.domain.Sort.by(org.springframework.data.domain.Sort.Direction.DESC, "createdAt", "id"));
        return messages.search(filter.status(), blankToNull(filter.type()), like(filter.text()), page).getContent();
    }

    /** How many messages the filter finds. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public long count(LogFilter filter) {
        return messages.search(filter.status(), blankToNull(filter.type()), like(filter.text()), PageRequest.of(0, 1))
                .getTotalElements();
    }

    /** The types of message the log holds, for its filter. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<String> types() {
        return messages.findTypes();
    }

    /** How many messages gave up (status FAILED): organisers see it at a glance. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public long failedCount() {
        return messages.countByStatus(MessageStatus.FAILED);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String like(@Nullable String text) {
        var t = blankToNull(text);
        return t == null ? null : "%" + t.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Puts a failed (or held) message back in line; one whose body was purged cannot go again. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public void resend(long id) {
        var message = messages.findById(id).orElseThrow(() -> new NotFoundException("message", id));
        if (message.isPurged() || isAnonymised(message.getRecipient())) {
            throw new nl.weerbaarbestuur.ontour.shared.BusinessRuleException("mail.log.resend-purged");
        }
        message.requeue(clock.instant());
    }

    /** Addresses in the reserved TLD .invalid (RFC 2606): anonymised registrations and masked recipients. */
    static boolean isAnonymised(String recipient) {
        return recipient != null && recipient.strip().toLowerCase(java.util.Locale.ROOT).endsWith(".invalid");
    }

    /**
     * Retention: removes the bodies of mails sent before {@code cutoff}. Metadata stays for the
     * mail log; the erasure confirmation also loses its recipient. Returns how many; a second
     * call finds nothing.
     */
    @Transactional
    public int purgeSentBefore(java.time.Instant cutoff) {
        var now = clock.instant();
        int purged = 0;
        for (var message : messages.findSentUnpurgedBefore(cutoff)) {
            if (message.purge(now, MailType.ERASURE_CONFIRMED.name().equals(message.getType()))) {
                purged++;
            }
        }
        return purged;
    }

    /**
     * Retention: removes the bodies of mails that failed, or were held and never sent (no SMTP
     * server), and were made before {@code cutoff}. Returns how many.
     */
    @Transactional
    public int purgeFailedBefore(java.time.Instant cutoff) {
        var now = clock.instant();
        int purged = 0;
        for (var message : messages.findUnpurgedCreatedBefore(EnumSet.of(MessageStatus.FAILED, MessageStatus.HELD), cutoff)) {
            if (message.purge(now, MailType.ERASURE_CONFIRMED.name().equals(message.getType()))) {
                purged++;
            }
        }
        return purged;
    }

    /**
     * Erasure: every mail to this address (case does not matter) loses its body and its
     * recipient, whatever its state; one not yet sent never will be. An earlier erasure's
     * confirmation is left alone. Returns how many.
     */
    @Transactional
    public int eraseRecipient(String email) {
        if (email == null || email.isBlank()) {
            return 0;
        }
        var now = clock.instant();
        int erased = 0;
        for (var message : erasable(email)) {
            if (DUE.contains(message.getStatus()) || message.getStatus() == MessageStatus.HELD) {
                message.failed("erased on request", now, backoffBase, backoffMax, 0);
            }
            if (message.purge(now, true)) {
                erased++;
            }
        }
        return erased;
    }

    /** How many mails to this address the outbox holds (for the erasure preview). */
    @Transactional(readOnly = true)
    public int countTo(String email) {
        return email == null || email.isBlank() ? 0 : erasable(email).size();
    }

    /** The mails to an address, except an erasure's own confirmation (it must still arrive; it is purged like any sent mail). */
    private List<OutboxMessage> erasable(String email) {
        return messages.findByRecipientIgnoreCase(email.strip()).stream()
                .filter(m -> !MailType.ERASURE_CONFIRMED.name().equals(m.getType())).toList();
    }

    /** Claims up to {@code batch} due messages for this instance, for {@code lease}; returns them. */
    @Transactional
    List<OutboxMessage> claimDue(String instance, int batch, Duration lease) {
        var now = clock.instant();
        var ids = messages.findDue(DUE, now, PageRequest.of(0, batch));
        if (ids.isEmpty()) {
            return List.of();
        }
        messages.claim(ids, instance, now.plus(lease), now, DUE);
        return messages.findClaimed(ids, instance, now);
    }

    @Transactional
    void markSent(java.util.Collection<Long> ids) {
        if (!ids.isEmpty()) {
            messages.markSent(ids, clock.instant());
        }
    }

    @Transactional
    void markFailed(long id, String error) {
        messages.findById(id).ifPresent(m -> {
            m.failed(error, clock.instant(), backoffBase, backoffMax, maxAttempts);
            log.warn("Message {} not delivered (attempt {}, now {}): {}", id, m.getAttempts(), m.getStatus(), error);
        });
    }
}
