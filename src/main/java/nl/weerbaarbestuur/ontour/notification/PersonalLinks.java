package nl.weerbaarbestuur.ontour.notification;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Masks the secret part of personal links in mails for the mail log: whoever reads the log must
 * not be able to act as a participant. {@code https://.../bevestigen/AbC...} becomes
 * {@code https://.../bevestigen/•••}; the same for the manage link ({@code /mijn/}, also as
 * {@code /agenda/mijn/…ics}), private feeds ({@code /agenda/feed/}, {@code /agenda-abonnement/}),
 * the digest's unsubscribe ({@code /digest/afmelden/}), password resets
 * ({@code /wachtwoord-herstellen/}), mailed inzage links ({@code /mijn-gegevens/}), invitation links ({@code /uitnodiging/}) and the API's
 * {@code /my/} and {@code /confirmations/}. Folded calendar lines are unfolded first, so a token
 * split over two lines is masked too.
 */
public final class PersonalLinks {

    public static final String MASK = "•••";
    private static final Pattern TOKEN_PATH = Pattern.compile(
            "(/(?:bevestigen|mijn|mijn-gegevens|feed|agenda-abonnement|afmelden|wachtwoord-herstellen|uitnodiging|my|confirmations)/)"
                    + "[A-Za-z0-9_-]{8,}");

    private PersonalLinks() {
    }

    /** The text with every personal token replaced by {@link #MASK}. */
    @Contract("!null -> !null")
    public static @Nullable String mask(@Nullable String text) {
        return text == null ? null : TOKEN_PATH.matcher(text).replaceAll("$1" + MASK);
    }

    /** An .ics text, unfolded (RFC 5545 §3.1) and then masked. */
    @Contract("!null -> !null")
    public static @Nullable String maskCalendar(@Nullable String ics) {
        return ics == null ? null : mask(ics.replace("\r\n ", "").replace("\r\n\t", "").replace("\n ", ""));
    }
}
