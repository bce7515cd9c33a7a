package nl.weerbaarbestuur.ontour.notification;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.io.UnsupportedEncodingException;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers what is due from the outbox, a batch at a time (memory stays flat). Rows are claimed in
 * the database for a lease, so several instances share the work without sending twice. A crash
 * mid-send leaves the claim to expire and the message is tried again: at SMTP level delivery is
 * at-least-once, and the stable Message-ID (from the message key, see {@link MessageIds}) lets mail
 * clients drop a repeat.
 */
@Component
class MailDispatcher {

    private final MailOutbox outbox;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final String instance = "ontour-" + UUID.randomUUID();
    private final String from;
    private final String messageIdDomain;
    private final String replyTo;
    private final int batch;
    private final Duration lease;

    MailDispatcher(MailOutbox outbox, ObjectProvider<JavaMailSender> mailSender,
                   MailSettings settings) {
        var from = settings.from();
        this.outbox = outbox;
        this.mailSender = mailSender;
        this.from = from;
        this.messageIdDomain = MessageIds.domainOf(from);
        this.replyTo = settings.replyTo();
        this.batch = settings.batchSize();
        this.lease = settings.lease();
    }

    @Scheduled(fixedDelayString = "${ontour.mail.dispatch-interval:PT10S}", initialDelayString = "${ontour.mail.dispatch-initial-delay:PT15S}")
    void poll() {
        drain(instance);
    }

    /**
     * Sends batch after batch while every message of a full batch went out, for at most half a
     * lease: a backlog (a tour published to hundreds, an SMTP server back after an outage) leaves
     * at the server's pace, not at one batch per interval. A batch with a failure, or one that is
     * not full, ends the round; the next poll (or the backoff) takes it from there.
     *
     * @return how many were sent in this round
     */
    int drain(String instanceId) {
        long until = System.nanoTime() + lease.toNanos() / 2;
        int total = 0;
        int sent;
        do {
            sent = dispatchDue(instanceId);
            total += sent;
        } while (sent == batch && System.nanoTime() < until);
        return total;
    }

    /**
     * Sends what is due now, a claimed batch over one SMTP connection; returns how many were sent.
     * A message the server refuses, or one that cannot be composed, fails alone; a connection that
     * cannot be made fails the batch, which is retried with backoff.
     */
    int dispatchDue(String instanceId) {
        var sender = mailSender.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        var claimed = outbox.claimDue(instanceId, batch, lease);
        if (claimed.isEmpty()) {
            return 0;
        }
        var prepared = new LinkedHashMap<MimeMessage, OutboxMessage>();
        var failures = new HashMap<Long, String>();
        for (var message : claimed) {
            try {
                var mime = sender.createMimeMessage();
                compose(mime, message);
                prepared.put(mime, message);
            } catch (MessagingException | UnsupportedEncodingException | RuntimeException e) {
                failures.put(message.getId(), describe(e));
            }
        }
        if (!prepared.isEmpty()) {
            try {
                sender.send(prepared.keySet().toArray(MimeMessage[]::new));
            } catch (MailSendException e) {
                e.getFailedMessages().forEach((mime, error) -> {
                    var message = prepared.get(mime);
                    if (message != null) {
                        failures.put(message.getId(), describe(error));
                    }
                });
                if (e.getFailedMessages().isEmpty()) {
                    prepared.values().forEach(m -> failures.put(m.getId(), describe(e)));
                }
            } catch (MailException e) {
                prepared.values().forEach(m -> failures.put(m.getId(), describe(e)));
            }
        }
        var sent = claimed.stream().map(OutboxMessage::getId).filter(id -> !failures.containsKey(id)).toList();
        outbox.markSent(sent);
        failures.forEach(outbox::markFailed);
        return sent.size();
    }

    /** Headers and body of one message, as the dispatcher and the benchmark's ceiling build it. */
    void compose(MimeMessage mime, OutboxMessage message) throws MessagingException, UnsupportedEncodingException {
        MailStreams.named();
        var helper = new MimeMessageHelper(mime, false, StandardCharsets.UTF_8.name());
        var application = new InternetAddress(from);
        if (message.getSender() != null) {
            // The tour's name with the application's own address (what SPF/DMARC allow), replies to the tour's mailbox.
            var tour = new InternetAddress(message.getSender());
            helper.setFrom(new InternetAddress(application.getAddress(), tour.getPersonal(), StandardCharsets.UTF_8.name()));
            helper.setReplyTo(tour.getAddress());
        } else {
            helper.setFrom(application);
            if (!replyTo.isBlank()) {
                helper.setReplyTo(new InternetAddress(replyTo));
            }
        }
        helper.setTo(message.getRecipient());
        helper.setSubject(message.getSubject());
        body(mime, helper, message);
        helper.setSentDate(new Date());
        mime.setHeader("Auto-Submitted", "auto-generated");
        if (message.getListUnsubscribe() != null) {
            mime.setHeader("List-Unsubscribe", "<" + message.getListUnsubscribe() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }
        mime.setHeader("Message-ID", "<" + MessageIds.localPart(message.getKey()) + "@" + messageIdDomain + ">");
    }

    private static String describe(Exception e) {
        var cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /**
     * Plain text, text with HTML, or an invitation as mail clients expect it (RFC 6047):
     * multipart/mixed holding multipart/alternative (text/plain, text/html,
     * text/calendar; method=...) and the same calendar file as the attachment invite.ics.
     * Outlook treats the mail as an invitation only when the calendar part names the method.
     */
    private static void body(MimeMessage mime, MimeMessageHelper helper, OutboxMessage message) throws MessagingException {
        if (message.getCalendarIcs() == null) {
            if (message.getHtml() == null) {
                helper.setText(message.getText(), false);
            } else {
                var alternative = new MimeMultipart("alternative");
                alternative.addBodyPart(textPart(message.getText(), "plain"));
                alternative.addBodyPart(textPart(message.getHtml(), "html"));
                mime.setContent(alternative);
            }
            return;
        }
        var contentType = "text/calendar; method=" + message.getCalendarMethod() + "; charset=UTF-8";
        var ics = message.getCalendarIcs().getBytes(StandardCharsets.UTF_8);

        var alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(textPart(message.getText(), "plain"));
        if (message.getHtml() != null) {
            alternative.addBodyPart(textPart(message.getHtml(), "html"));
        }
        var calendar = new MimeBodyPart();
        calendar.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, contentType)));
        calendar.setHeader("Content-Type", contentType);
        alternative.addBodyPart(calendar);

        var alternatives = new MimeBodyPart();
        alternatives.setContent(alternative);
        var mixed = new MimeMultipart("mixed");
        mixed.addBodyPart(alternatives);

        var attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(ics, contentType + "; name=invite.ics")));
        attachment.setHeader("Content-Type", contentType + "; name=invite.ics");
        attachment.setDisposition(Part.ATTACHMENT);
        attachment.setFileName("invite.ics");
        mixed.addBodyPart(attachment);
        mime.setContent(mixed);
    }

    private static MimeBodyPart textPart(String text, String subtype) throws MessagingException {
        var part = new MimeBodyPart();
        part.setText(text, StandardCharsets.UTF_8.name(), subtype);
        return part;
    }

    String instance() {
        return instance;
    }
}
