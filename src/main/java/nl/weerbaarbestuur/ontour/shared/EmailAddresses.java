package nl.weerbaarbestuur.ontour.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The one spelling of an e-mail address that is stored and compared: Unicode NFKC, lower case
 * (root locale), without surrounding white space. Addresses are normalised once when stored and
 * once when typed, and then compared exactly (byte for byte): a database collation that finds
 * {@code ı = i} or {@code é = e} must never decide who an address belongs to.
 *
 * <p>NFKC folds compatibility forms (full-width {@code ｇ}, the ligature {@code ﬁ}) into their plain
 * letters; look-alikes from other scripts (dotless {@code ı}, Cyrillic {@code а}) stay distinct,
 * so they match no account at all.
 */
public final class EmailAddresses {

    /** The longest address SMTP carries (RFC 5321: a path of 256 octets, less the brackets). */
    public static final int MAX_LENGTH = 254;

    /**
     * An address this application accepts: a local part of ASCII letters, digits and the signs RFC
     * 5322 allows unquoted (no dot at either end, no two dots), one {@code @}, and a domain of
     * labels of letters, digits and hyphens ending in a top-level domain of letters (an
     * internationalised domain in its {@code xn--} form).
     */
    private static final Pattern PLAIN = Pattern.compile("^(?!\\.)(?!.*\\.\\.)[a-z0-9.!#$%&'*+/=?^_`{|}~-]+(?<!\\.)"
            + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$", Pattern.CASE_INSENSITIVE);

    /** Any address as it may have been stored before the rule above: one {@code @}, no white space, a dot in the domain. */
    private static final Pattern ANY = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}$");

    /** What can be wrong with a typed address; each has its own message. */
    public enum Problem {
        /** Nothing typed. */
        MISSING("field.required"),
        /**
         * A character outside printable ASCII: an accent, a letter of another script that looks like
         * a Latin one ({@code а}, {@code ı}), an invisible or direction-changing character. Such an
         * address can look like a province's own in a list while it belongs to someone else.
         */
        NOT_PLAIN("field.email-not-plain"),
        /** Not the shape of an address (no {@code @}, no domain, a space, two dots, too long). */
        INVALID("field.email-invalid");

        private final String messageKey;

        Problem(String messageKey) {
            this.messageKey = messageKey;
        }

        /** The key of the Dutch/English message for a form field. */
        public String messageKey() {
            return messageKey;
        }
    }

    private EmailAddresses() {
    }

    /**
     * What is wrong with an address before it is stored or used to send mail, or empty when it is
     * acceptable. Give it the address as typed or as {@link #normalise normalised}: the rule is
     * the same for upper and lower case.
     */
    public static Optional<Problem> problem(String address) {
        var value = address == null ? "" : address.strip();
        if (value.isEmpty()) {
            return Optional.of(Problem.MISSING);
        }
        if (value.chars().anyMatch(c -> c > 0x7E || (c < 0x21 && c != ' '))) {
            return Optional.of(Problem.NOT_PLAIN);
        }
        if (value.length() > MAX_LENGTH || !PLAIN.matcher(value).matches()) {
            return Optional.of(Problem.INVALID);
        }
        return Optional.empty();
    }

    /**
     * An address for a report that says it was refused: every character outside printable ASCII
     * written as its code ({@code jan@exa[U+0430]mple.nl}), so a look-alike letter shows which it
     * is and an invisible or direction-changing one can neither hide nor turn the line around.
     */
    public static String visible(String address) {
        var out = new StringBuilder();
        (address == null ? "" : address).codePoints().forEach(c -> {
            if (c >= 0x20 && c <= 0x7E) {
                out.append((char) c);
            } else {
                out.append(String.format(Locale.ROOT, "[U+%04X]", c));
            }
        });
        return out.toString();
    }

    /**
     * Whether something typed could be an address stored earlier, of whatever characters: for
     * finding what is stored (a person's data to erase), never for accepting a new address.
     */
    public static boolean couldBeStored(String normalised) {
        return normalised != null && normalised.length() <= MAX_LENGTH && ANY.matcher(normalised).matches();
    }

    public static String normalise(String typed) {
        if (typed == null) {
            return "";
        }
        var folded = Normalizer.normalize(typed, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        // Lower-casing can leave a string that NFKC would write differently (İ becomes i + U+0307).
        return Normalizer.normalize(folded, Normalizer.Form.NFKC).strip();
    }

    /**
     * An address as a hint only, for pages an old or forwarded link may show ("v•••@e•••.nl"): the
     * owner recognises it, a stranger learns neither the name nor the domain (a personal domain or a
     * province's says too much).
     */
    public static String masked(String address) {
        if (address == null) {
            return "•••";
        }
        int at = address.lastIndexOf('@');
        if (at <= 0 || at == address.length() - 1) {
            return "•••";
        }
        var domain = address.substring(at + 1);
        int dot = domain.lastIndexOf('.');
        var tld = dot > 0 ? domain.substring(dot) : "";
        return address.charAt(0) + "•••@" + domain.charAt(0) + "•••" + tld;
    }
}
