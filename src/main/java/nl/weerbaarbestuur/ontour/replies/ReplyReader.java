package nl.weerbaarbestuur.ontour.replies;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.ParseException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import nl.weerbaarbestuur.ontour.shared.SecretTokens;
import org.jspecify.annotations.Nullable;

/**
 * Reads one message of the reply mailbox into a {@link ReplyMessage}, reading no more than the size
 * limit: the message's size is checked before its content is fetched, and a calendar part is read
 * up to the limit only. A broken MIME structure makes a message "not a reply", never an error:
 * only a lost connection ({@link MessagingException} from the store) stops the poll, and a message
 * another reader moved away meanwhile ({@link jakarta.mail.MessageRemovedException}) is passed over.
 */
final class ReplyReader {

    /** spf=fail or dmarc=fail in an Authentication-Results header (RFC 8601); softfail, none and neutral pass. */
    private static final Pattern FAILED = Pattern.compile("(?i)\\b(spf|dmarc)\\s*=\\s*fail\\b");
    private static final int MAX_DEPTH = 5;

    private ReplyReader() {
    }

    static ReplyMessage read(Message message, long maxBytes) throws MessagingException {
        var key = key(message);
        var from = from(message);
        int size = message.getSize();
        if (size > maxBytes) {
            return ReplyMessage.setAside(key, from, ReplyOutcome.TOO_LARGE, "size " + size + " bytes");
        }
        String calendar;
        try {
            calendar = calendarPart(message, maxBytes, 0);
        } catch (TooLarge e) {
            return ReplyMessage.setAside(key, from, ReplyOutcome.TOO_LARGE, "calendar part over " + maxBytes + " bytes");
        } catch (IOException | ParseException | RuntimeException e) {
            return ReplyMessage.setAside(key, from, ReplyOutcome.NOT_A_REPLY, "MIME not readable: " + e.getClass().getSimpleName());
        } catch (MessagingException e) {
            if (e.getClass() == MessagingException.class || e instanceof jakarta.mail.FolderClosedException
                    || e instanceof jakarta.mail.StoreClosedException || e instanceof jakarta.mail.MessageRemovedException) {
                throw e; // the connection, not the message; or the message was moved away by another reader
            }
            return ReplyMessage.setAside(key, from, ReplyOutcome.NOT_A_REPLY, "MIME not readable: " + e.getClass().getSimpleName());
        }
        if (calendar == null) {
            return ReplyMessage.setAside(key, from, ReplyOutcome.NOT_A_REPLY, "no text/calendar part");
        }
        return ReplyMessage.withCalendar(key, from, authenticationFailed(message), calendar);
    }

    static String key(Message message) throws MessagingException {
        var ids = message.getHeader("Message-ID");
        if (ids != null && ids.length > 0 && !ids[0].isBlank()) {
            return SecretTokens.hash("message-id:" + ids[0].strip());
        }
        // Without a Message-ID: the headers that stay the same when the same message is delivered again.
        return SecretTokens.hash("headers:" + header(message, "From") + "|" + header(message, "Date") + "|"
                + header(message, "Subject") + "|" + message.getSize());
    }

    private static String header(Message message, String name) throws MessagingException {
        var values = message.getHeader(name);
        return values == null ? "" : String.join(",", values);
    }

    static @Nullable String from(Message message) {
        try {
            Address[] from = message.getFrom();
            if (from == null || from.length != 1 || !(from[0] instanceof InternetAddress address) || address.getAddress() == null) {
                return null;
            }
            return address.getAddress().strip().toLowerCase(Locale.ROOT);
        } catch (MessagingException e) {
            return null; // an unparseable From is no sender to trust
        }
    }

    static boolean authenticationFailed(Message message) throws MessagingException {
        var results = message.getHeader("Authentication-Results");
        if (results == null) {
            return false;
        }
        for (var result : results) {
            if (FAILED.matcher(result).find()) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable String calendarPart(Part part, long maxBytes, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return null;
        }
        var type = new ContentType(part.getContentType());
        if (type.match("multipart/*")) {
            if (!(part.getContent() instanceof Multipart multipart)) {
                return null;
            }
            String attachment = null;
            for (int i = 0; i < multipart.getCount(); i++) {
                var found = calendarPart(multipart.getBodyPart(i), maxBytes, depth + 1);
                if (found != null) {
                    // The inline text/calendar alternative wins over an attached copy (an .ics attachment).
                    if (new ContentType(multipart.getBodyPart(i).getContentType()).match("text/calendar")) {
                        return found;
                    }
                    attachment = attachment == null ? found : attachment;
                }
            }
            return attachment;
        }
        if (type.match("text/calendar") || type.match("application/ics")) {
            return text(part, type, maxBytes);
        }
        return null;
    }

    private static String text(Part part, ContentType type, long maxBytes) throws MessagingException, IOException {
        byte[] bytes;
        try (var in = part.getInputStream()) {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (bytes.length > maxBytes) {
            throw new TooLarge();
        }
        Charset charset = StandardCharsets.UTF_8;
        var name = type.getParameter("charset");
        if (name != null) {
            try {
                charset = Charset.forName(name.strip());
            } catch (RuntimeException ignored) {
                // an unknown charset: read as UTF-8, the iCalendar default
            }
        }
        return new String(bytes, charset);
    }

    private static final class TooLarge extends IOException {
        TooLarge() {
            super("calendar part too large");
        }
    }
}
