package nl.weerbaarbestuur.ontour.notification;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Message-ID of an outbox message: {@code <left@domain>} as RFC 5322 (3.6.4) wants it, both sides
 * dot-atoms. The left side is the message key in a readable form ({@code invite:2:1} becomes
 * {@code invite.2.1}), so a resend of the same key carries the same id and mail clients drop the repeat;
 * the right side is the domain of the sender address. A colon before the {@code @}, as in the old
 * {@code <invite:2:1@ontour>}, made parsers (Python's among them) read the id as {@code <invite}.
 *
 * <p>Different keys give different ids: a key made of colon-separated {@code [A-Za-z0-9_-]} words
 * (every key the modules make) maps one to one by turning each colon into a dot. Any other key is
 * cleaned up the same way and gets {@code +} and 16 hex digits of its SHA-256, so two keys that clean
 * up alike still differ; the {@code +} never occurs in the first form, so the two forms never meet.
 */
final class MessageIds {

    static final String FALLBACK_DOMAIN = "ontour.local";

    private static final Pattern WORD_KEY = Pattern.compile("[A-Za-z0-9_-]+(:[A-Za-z0-9_-]+)*");
    private static final Pattern OTHER = Pattern.compile("[^A-Za-z0-9_-]+");
    private static final Pattern HOST = Pattern.compile(
            "(?i)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*");
    private static final int READABLE_PART_OF_OTHER_KEYS = 64;

    private MessageIds() {
    }

    /** {@code <left@domain>} for the key, with the domain of {@code senderAddress} (see {@link #domainOf}). */
    static String of(String key, String senderAddress) {
        return "<" + localPart(key) + "@" + domainOf(senderAddress) + ">";
    }

    /** The left side: a dot-atom that is the same for the same key and differs for different keys. */
    static String localPart(String key) {
        if (WORD_KEY.matcher(key).matches()) {
            return key.replace(':', '.');
        }
        var readable = OTHER.matcher(key).replaceAll(".");
        readable = trimDots(readable.length() > READABLE_PART_OF_OTHER_KEYS
                ? readable.substring(0, READABLE_PART_OF_OTHER_KEYS) : readable);
        return (readable.isEmpty() ? "message" : readable) + "+" + sha256(key).substring(0, 16);
    }

    /**
     * The domain of a sender address such as {@code On Tour <ontour@weerbaarbestuur.nl>}, in lower case
     * (an internationalised domain in its ASCII form); {@value #FALLBACK_DOMAIN} when the address has no
     * usable domain.
     */
    static String domainOf(String senderAddress) {
        if (senderAddress == null || senderAddress.isBlank()) {
            return FALLBACK_DOMAIN;
        }
        try {
            var address = new InternetAddress(senderAddress).getAddress();
            var at = address == null ? -1 : address.lastIndexOf('@');
            if (at < 0) {
                return FALLBACK_DOMAIN;
            }
            var domain = IDN.toASCII(address.substring(at + 1), IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
            return HOST.matcher(domain).matches() && domain.length() <= 253 ? domain : FALLBACK_DOMAIN;
        } catch (AddressException | IllegalArgumentException e) {
            return FALLBACK_DOMAIN;
        }
    }

    private static String trimDots(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && s.charAt(start) == '.') {
            start++;
        }
        while (end > start && s.charAt(end - 1) == '.') {
            end--;
        }
        return s.substring(start, end);
    }

    private static String sha256(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
