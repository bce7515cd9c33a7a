package nl.weerbaarbestuur.ontour.notification;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
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
               @Value("${ontour.mail.backoff-base:PT1M}") Duration backoffBase,
               @Value("${ontour.mail.backoff-max:PT1H}") Duration backoffMax,
               @Value("${ontour.mail.max-attempts:8}") int maxAttempts,
               @Value("${ontour.base-url:http://localhost:${server.port:8080}}") String baseUrl,
               @Value("${ontour.follow-up.feedback-url:}") String feedbackUrl) {
        this.ownLinks = java.util.stream.Stream.of(baseUrl, feedbackUrl).filter(s -> s != null && !s.isBlank()).toList();
        this.messages = messages;
        this.mailSender = mailSender;
        this.clock = clock;
        this.backoffBase = backoffBase;
        this.backoffMax = backoffMax;
        this.maxAttempts = maxAttempts;
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
        var deliverable = mailSender.getIfAvailable() != null;
        var withHtml = message.html() != null ? message : message.withHtml(PlainTextHtml.of(message.text(), message.language(), ownLinks));
        messages.save(new OutboxMessage(withHtml, deliverable, clock.instant()));
        if (!deliverable) {
            log.debug("No SMTP server configured: message {} ({}) kept in the outbox", message.key(), message.type());
        }
        return true;
    }

    /** The mail log for organisers: the newest messages first. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<OutboxMessage> latest() {
        return messages.findTop200ByOrderByCreatedAtDesc();
    }

    /** What the mail log asks: by status, type, and text in recipient, subject or key; newest first, a page at a time. */
    public record LogFilter(MessageStatus status, String type, String text) {
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String like(String text) {
        var t = blankToNull(text);
        return t == null ? null : "%" + t.toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                .replace("%", "\\%").replace("_", "\\_") + "%";
    }

    /** Puts a failed (or held) message back in line. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public void resend(long id) {
        messages.findById(id).orElseThrow(() -> new NotFoundException("message", id)).requeue(clock.instant());
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
        return messages.findByClaimedByAndClaimedUntilAfter(instance, now);
    }

    @Transactional
    void markSent(java.util.Collection<Long> ids) {
        if (!ids.isEmpty()) {
            var now = clock.instant();
            messages.findAllById(ids).forEach(m -> m.sent(now));
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
