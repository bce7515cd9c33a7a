package nl.weerbaarbestuur.ontour.shared;

import java.text.Normalizer;
import java.util.Locale;

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

    private EmailAddresses() {
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
