package nl.weerbaarbestuur.ontour.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** Dutch unless the caller asks for English first ({@code Accept-Language: en}). */
final class ApiLocale {

    private static final List<Locale> SUPPORTED = List.of(Locale.forLanguageTag("nl"), Locale.forLanguageTag("en"));

    private ApiLocale() {
    }

    static Locale of(HttpServletRequest request) {
        var header = request == null ? null : request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return DutchTime.DUTCH;
        }
        try {
            var best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best != null && "en".equals(best.getLanguage()) ? DutchTime.ENGLISH : DutchTime.DUTCH;
        } catch (IllegalArgumentException e) {
            return DutchTime.DUTCH;
        }
    }
}
