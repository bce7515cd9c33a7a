package nl.weerbaarbestuur.ontour.shared;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The user-facing texts, from the bundles under {@code i18n/}: Dutch in {@code <bundle>.properties}
 * (the default) and English in {@code <bundle>_en.properties}. One bundle per area of the product
 * ({@link #BUNDLES}); a key lives in exactly one of them. No fallback to the JVM's locale: a server
 * running in English must still answer Dutch users in Dutch.
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    /** The bundles under {@code i18n/}, searched in this order. */
    public static final List<String> BUNDLES = List.of("messages", "calendar", "griffie", "results", "mail", "security", "privacy");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(DutchTime.DUTCH, DutchTime.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        var effective = locale != null && "en".equals(locale.getLanguage()) ? DutchTime.ENGLISH : DutchTime.DUTCH;
        try {
            var pattern = pattern(key, effective);
            if (params.length == 0) {
                return pattern;
            }
            var resolved = new Object[params.length];
            for (int i = 0; i < params.length; i++) {
                resolved[i] = params[i] instanceof MessageKey nested ? getTranslation(nested.key(), effective) : params[i];
            }
            return new MessageFormat(pattern, effective).format(resolved);
        } catch (MissingResourceException e) {
            log.warn("Missing translation '{}' for {}", key, effective);
            return "!" + key;
        }
    }

    private static String pattern(String key, Locale locale) {
        for (var name : BUNDLES) {
            var bundle = ResourceBundle.getBundle("i18n/" + name, locale, NO_FALLBACK);
            if (bundle.containsKey(key)) {
                return bundle.getString(key);
            }
        }
        throw new MissingResourceException("no translation", Translations.class.getName(), key);
    }

    /** Dutch text, for places without a user in sight (mails to unknown readers, API default). */
    public String dutch(String key, Object... params) {
        return getTranslation(key, DutchTime.DUTCH, params);
    }
}
