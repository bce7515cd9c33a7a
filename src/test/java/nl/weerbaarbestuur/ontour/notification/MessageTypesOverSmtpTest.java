package nl.weerbaarbestuur.ontour.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every type of message, rendered from its default template on the sample and sent through the
 * outbox to a real SMTP server, arrives with the right headers and MIME layout: the tour's name,
 * replies to its mailbox, Auto-Submitted, a stable Message-ID, text and HTML, the invite as
 * text/calendar with its method (and as invite.ics) where there is one, List-Unsubscribe only on
 * the digest.
 */
@SpringBootTest(properties = {"spring.mail.host=localhost", "spring.mail.port=3942",
        "ontour.mail.dispatch-interval=PT1H", "ontour.mail.dispatch-initial-delay=PT1H", "ontour.mail.batch-size=100",
        "ontour.mail.from=On Tour <noreply@ontour.example.nl>"})
class MessageTypesOverSmtpTest {

    private static final EnumSet<MailType> WITH_INVITE = EnumSet.of(MailType.INVITE_CONFIRMED, MailType.INVITE_PROMOTED,
            MailType.INVITE_UPDATED, MailType.TRAINER_INVITE, MailType.REMINDER);
    private static final EnumSet<MailType> WITH_CANCEL = EnumSet.of(MailType.INVITE_CANCELLED,
            MailType.SESSION_CANCELLED, MailType.TRAINER_CANCEL);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(new ServerSetup(3942, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
            .withPerMethodLifecycle(true);

    @Autowired MailTemplates templates;
    @Autowired MailOutbox outbox;
    @Autowired MailDispatcher dispatcher;
    @Autowired TransactionTemplate transaction;

    private static List<BodyPart> parts(Multipart multipart) throws Exception {
        var all = new ArrayList<BodyPart>();
        for (int i = 0; i < multipart.getCount(); i++) {
            var part = multipart.getBodyPart(i);
            all.add(part);
            if (part.getContent() instanceof Multipart nested) {
                all.addAll(parts(nested));
            }
        }
        return all;
    }

    @Test
    void every_message_type_arrives_with_its_headers_and_parts() throws Exception {
        var run = UUID.randomUUID().toString().substring(0, 8);
        var request = Files.readString(Path.of("src/test/resources/calendar/request.ics"));
        var cancel = Files.readString(Path.of("src/test/resources/calendar/cancel.ics"));
        transaction.executeWithoutResult(s -> {
            for (var type : MailType.values()) {
                var content = templates.render(type, "nl", templates.sample(type, "nl"));
                var message = new OutgoingMessage("types:" + run + ":" + type, type.name(), "nl",
                        type.name().toLowerCase().replace('_', '-') + "@example.nl", content.subject(), content.text())
                        .from("Weerbaar Bestuur On Tour 2027", "tour@example.nl");
                if (WITH_INVITE.contains(type)) {
                    message = message.withCalendar("REQUEST", request);
                } else if (WITH_CANCEL.contains(type)) {
                    message = message.withCalendar("CANCEL", cancel);
                }
                if (type == MailType.GRIFFIE_DIGEST) {
                    message = message.withListUnsubscribe("https://ontour.example.nl/api/v1/digest/unsubscribe/abc");
                }
                outbox.enqueue(message);
            }
        });
        while (dispatcher.dispatchDue("types") > 0) {
            // a batch at a time
        }

        var received = smtp.getReceivedMessages();
        assertThat(received).hasSize(MailType.values().length);
        for (MimeMessage mail : received) {
            var to = mail.getAllRecipients()[0].toString();
            var type = MailType.valueOf(to.substring(0, to.indexOf('@')).toUpperCase().replace('-', '_'));
            var from = (InternetAddress) mail.getFrom()[0];
            assertThat(from.getPersonal()).as(type + " from").isEqualTo("Weerbaar Bestuur On Tour 2027");
            assertThat(mail.getReplyTo()[0].toString()).as(type + " reply-to").isEqualTo("tour@example.nl");
            assertThat(mail.getHeader("Auto-Submitted")[0]).isEqualTo("auto-generated");
            // RFC 5322 msg-id (no ':' before the '@', which parsers cut off at), the sender's domain, the key readable.
            var messageId = mail.getHeader("Message-ID")[0];
            assertThat(MessageIdsTest.isStrictMsgId(messageId)).as(type + " Message-ID " + messageId).isTrue();
            assertThat(messageId).as(type + " Message-ID").isEqualTo("<types." + run + "." + type.name() + "@ontour.example.nl>");
            assertThat(((InternetAddress) mail.getFrom()[0]).getAddress()).endsWith("@ontour.example.nl");
            assertThat(mail.getSentDate()).isNotNull();
            assertThat(mail.getSubject()).as(type + " subject").isNotBlank().doesNotContain("{{");
            assertThat(mail.getHeader("List-Unsubscribe") != null).as(type + " List-Unsubscribe")
                    .isEqualTo(type == MailType.GRIFFIE_DIGEST);

            var parts = parts((Multipart) mail.getContent());
            assertThat(parts).as(type + " text").anyMatch(p -> is(p, "text/plain"));
            assertThat(parts).as(type + " html").anyMatch(p -> is(p, "text/html"));
            if (WITH_INVITE.contains(type) || WITH_CANCEL.contains(type)) {
                var method = WITH_INVITE.contains(type) ? "REQUEST" : "CANCEL";
                assertThat(mail.getContentType()).as(type + " layout").startsWith("multipart/mixed");
                assertThat(parts).as(type + " calendar part").anyMatch(p -> is(p, "text/calendar")
                        && contentType(p).toLowerCase().contains("method=" + method.toLowerCase()));
                assertThat(parts).as(type + " attachment").anyMatch(p -> "invite.ics".equals(fileName(p))
                        && Part.ATTACHMENT.equalsIgnoreCase(disposition(p)));
            } else {
                assertThat(mail.getContentType()).as(type + " layout").startsWith("multipart/alternative");
                assertThat(parts).noneMatch(p -> is(p, "text/calendar"));
            }
        }
    }

    private static boolean is(BodyPart part, String mimeType) {
        return contentType(part).toLowerCase().startsWith(mimeType);
    }

    private static String contentType(BodyPart part) {
        try {
            return part.getContentType();
        } catch (Exception e) {
            return "";
        }
    }

    private static String fileName(BodyPart part) {
        try {
            return part.getFileName();
        } catch (Exception e) {
            return null;
        }
    }

    private static String disposition(BodyPart part) {
        try {
            return part.getDisposition();
        } catch (Exception e) {
            return null;
        }
    }
}
