package nl.weerbaarbestuur.ontour.shared;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * What may go into a log line. Logs name people by id only: never an e-mail address, never a
 * secret token. Paths of the token pages ({@code /mijn/...}, {@code /api/v1/my/...}, calendar
 * feeds) carry a token, so a path is logged with every long token-like segment masked.
 */
public final class LogSafe {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{20,}");
    private static final Pattern EMAIL = Pattern.compile("[^\\s/@]+@[^\\s/@]+");

    private LogSafe() {
    }

    @Contract("!null -> !null")
    public static @Nullable String path(@Nullable String path) {
        if (path == null) {
            return null;
        }
        return EMAIL.matcher(TOKEN.matcher(path).replaceAll("***")).replaceAll("***@***");
    }
}
