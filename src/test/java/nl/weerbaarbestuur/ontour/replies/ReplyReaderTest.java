package nl.weerbaarbestuur.ontour.replies;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ReplyReaderTest {

    private static final Session SESSION = Session.getInstance(new Properties());

    /** A message as the IMAP server hands it: parsed from its bytes, so it knows its size. */
    private static MimeMessage received(String from, String ics, String... authenticationResults) throws Exception {
        var message = new MimeMessage(SESSION);
        message.setFrom(from);
        message.setSubject("Geweigerd");
        for (var result : authenticationResults) {
            message.addHeader("Authentication-Results", result);
        }
        var alternative = new MimeMultipart("alternative");
        var text = new MimeBodyPart();
        text.setText("Nee.", "UTF-8");
        alternative.addBodyPart(text);
        var calendar = new MimeBodyPart();
        calendar.setContent(ics, "text/calendar; method=REPLY; charset=UTF-8");
        calendar.setHeader("Content-Type", "text/calendar; method=REPLY; charset=UTF-8");
        alternative.addBodyPart(calendar);
        message.setContent(alternative);
        message.saveChanges();
        var bytes = new ByteArrayOutputStream();
        message.writeTo(bytes);
        return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static final String ICS = ReplySamples.outlook("u@ontour", 0, "anna@example.nl", "DECLINED");

    @Test
    void the_calendar_part_the_sender_and_the_key_are_read() throws Exception {
        var message = received("Anna <Anna@Example.nl>", ICS);

        var read = ReplyReader.read(message, 1_000_000);

        assertThat(read.calendar()).isEqualTo(ICS);
        assertThat(read.from()).isEqualTo("anna@example.nl");
        assertThat(read.authenticationFailed()).isFalse();
        assertThat(read.setAside()).isNull();
        assertThat(read.key()).hasSize(64).isEqualTo(ReplyReader.key(message));
        assertThat(ReplyReader.key(received("Anna <Anna@Example.nl>", ICS))).as("another message, another Message-ID")
                .isNotEqualTo(read.key());
    }

    @Test
    void a_message_over_the_limit_is_set_aside_unread() throws Exception {
        var read = ReplyReader.read(received("anna@example.nl", ICS), 500);

        assertThat(read.setAside()).isEqualTo(ReplyOutcome.TOO_LARGE);
        assertThat(read.calendar()).isNull();
    }

    @Test
    void spf_or_dmarc_failing_at_the_receiving_server_is_noticed_and_softfail_is_not() throws Exception {
        assertThat(ReplyReader.read(received("anna@example.nl", ICS, "mx.example.nl; spf=fail smtp.mailfrom=example.nl"),
                1_000_000).authenticationFailed()).isTrue();
        assertThat(ReplyReader.read(received("anna@example.nl", ICS, "mx.example.nl; spf=pass; dkim=pass", "mx2; dmarc=fail"),
                1_000_000).authenticationFailed()).isTrue();
        assertThat(ReplyReader.read(received("anna@example.nl", ICS, "mx.example.nl; spf=softfail; dmarc=pass"),
                1_000_000).authenticationFailed()).isFalse();
    }

    @Test
    void two_senders_are_no_sender() throws Exception {
        var message = received("anna@example.nl", ICS);
        message.addFrom(new InternetAddress[] {new InternetAddress("bert@example.nl")});

        assertThat(ReplyReader.from(message)).isNull();
    }
}
