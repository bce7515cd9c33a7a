package nl.weerbaarbestuur.ontour.notification;

import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what is due from the outbox, a batch at a time (memory stays flat). Rows are claimed in
 * the database for a lease, so several instances share the work without sending twice. A crash
 * mid-send leaves the claim to expire and the message is tried again: at SMTP level delivery is
 * at-least-once, and the stable Message-ID (from the message key) lets mail clients drop a repeat.
 */
@Component
class MailDispatcher {

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String instance = "ontour-" + UUID.randomUUID();
    private final String from;
    private final String replyTo;
    private final int batch;
    private final Duration lease;

    MailDispatcher(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender,
                   @Value("${ontour.mail.from:On Tour <ontour@localhost>}") String from,
                   @Value("${ontour.mail.reply-to:}") String replyTo,
                   @Value("${ontour.mail.batch-size:50}") int batch,
                   @Value("${ontour.mail.lease:PT5M}") Duration lease) {
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.from = from;
        this.replyTo = replyTo;
        this.batch = batch;
        this.lease = lease;
    }

    @Scheduled(fixedDelayString = "${ontour.mail.dispatch-interval:PT10S}", initialDelayString = "PT15S")
    void poll() {
        dispatchDue(instance);
    }

    /** Sends what is due now; returns how many were sent. */
    int dispatchDue(String instanceId) {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int sent = 0;
        for (var message : outbox.claimDue(instanceId, batch, lease)) {
            try {
                sender.send(mime -> {
                    var helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
                    helper.setFrom(new InternetAddress(from));
                    if (!replyTo.isBlank()) {
                        helper.setReplyTo(new InternetAddress(replyTo));
                    }
                    helper.setTo(message.getRecipient());
                    helper.setSubject(message.getSubject());
                    helper.setText(message.getText(), false);
                    helper.setSentDate(new Date());
                    mime.setHeader("Auto-Submitted", "auto-generated");
                    mime.setHeader("Message-ID", "<" + message.getKey().replaceAll("[^A-Za-z0-9.:-]", "-") + "@ontour>");
                });
                outbox.markSent(message.getId());
                sent++;
            } catch (RuntimeException e) {
                outbox.markFailed(message.getId(), e.getClass().getSimpleName() + ": " + e.getMessage());
            }
        }
        return sent;
    }

    String instance() {
        return instance;
    }
}
