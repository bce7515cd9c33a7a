package nl.weerbaarbestuur.ontour.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.weerbaarbestuur.ontour.planning.SessionFormat;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.security.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Dutch and English bundles stay in step with each other and with the keys the code uses. */
class TranslationsTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern GET_TRANSLATION = Pattern.compile("getTranslation\\(\\s*\"([^\"]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\([^)]*title\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern RULE_KEY = Pattern.compile("new BusinessRuleException\\(\\s*\"([^\"]+)\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"([a-z]+(?:\\.[a-z0-9-]+)+)\"");

    private final Translations translations = new Translations();
    private final Locale jvmLocale = Locale.getDefault();

    @AfterEach
    void restoreJvmLocale() {
        Locale.setDefault(jvmLocale);
    }

    /** All bundles of one language merged: "messages.properties" for Dutch, "messages_en.properties" for English. */
    private static Properties bundle(String name) throws IOException {
        var suffix = name.substring("messages".length());
        var merged = new Properties();
        for (var area : Translations.BUNDLES) {
            merged.putAll(area(area + suffix));
        }
        return merged;
    }

    private static Properties area(String file) throws IOException {
        var properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/i18n/" + file)) {
            assertThat(in).as(file + " on the class path").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_key_lives_in_one_bundle_only() throws IOException {
        for (var suffix : new String[]{".properties", "_en.properties"}) {
            var owner = new java.util.HashMap<String, String>();
            var twice = new java.util.ArrayList<String>();
            for (var area : Translations.BUNDLES) {
                for (var key : keys(area(area + suffix))) {
                    if (owner.putIfAbsent(key, area) != null) {
                        twice.add(key + " in " + owner.get(key) + " and " + area);
                    }
                }
            }
            assertThat(twice).isEmpty();
        }
    }

    private static Set<String> keys(Properties properties) {
        return new TreeSet<>(properties.stringPropertyNames());
    }

    private static String sources() throws IOException {
        assertThat(SOURCES).as("run from the project directory").isDirectory();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            var all = new StringBuilder();
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                all.append(Files.readString(file)).append('\n');
            }
            return all.toString();
        }
    }

    private static Set<String> matches(Pattern pattern, String text) {
        var found = new TreeSet<String>();
        var matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void dutch_and_english_have_exactly_the_same_keys() throws IOException {
        var dutch = keys(bundle("messages.properties"));
        var english = keys(bundle("messages_en.properties"));

        assertThat(dutch).isNotEmpty();
        assertThat(english).as("keys missing in English").containsAll(dutch);
        assertThat(dutch).as("keys missing in Dutch").containsAll(english);
    }

    @Test
    void no_key_is_defined_twice_where_the_second_would_silently_win() throws IOException {
        var files = new java.util.ArrayList<String>();
        for (var area : Translations.BUNDLES) {
            files.add(area + ".properties");
            files.add(area + "_en.properties");
        }
        for (var file : files) {
            var seen = new java.util.HashSet<String>();
            var duplicates = new java.util.ArrayList<String>();
            for (var line : Files.readAllLines(Path.of("src/main/resources/i18n", file))) {
                var trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || !trimmed.contains("=")) {
                    continue;
                }
                var key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    duplicates.add(key);
                }
            }
            assertThat(duplicates).as(file).isEmpty();
        }
    }

    @Test
    void no_text_is_empty() throws IOException {
        for (var name : new String[]{"messages.properties", "messages_en.properties"}) {
            var properties = bundle(name);
            var empty = keys(properties).stream().filter(k -> properties.getProperty(k).isBlank()).toList();
            assertThat(empty).as("empty texts in " + name).isEmpty();
        }
    }

    @Test
    void apostrophes_survive_message_format() throws IOException {
        // MessageFormat reads a single ' as a quote: in a text with {0} it must be written ''.
        for (var name : new String[]{"messages.properties", "messages_en.properties"}) {
            var properties = bundle(name);
            var broken = keys(properties).stream()
                    .filter(k -> properties.getProperty(k).contains("{0}"))
                    .filter(k -> properties.getProperty(k).replace("''", "").contains("'"))
                    .toList();
            assertThat(broken).as("texts with arguments and a lone apostrophe in " + name).isEmpty();
        }
    }

    @Test
    void every_key_the_code_names_exists() throws IOException {
        var keys = keys(bundle("messages.properties"));
        var code = sources();

        var named = new TreeSet<String>();
        named.addAll(matches(GET_TRANSLATION, code));
        named.addAll(matches(MENU_TITLE, code));
        named.addAll(matches(RULE_KEY, code));

        // "role." + role.name() and the like: the start of a key, completed at run time.
        var started = named.stream().filter(k -> k.endsWith(".")).toList();
        named.removeAll(started);

        assertThat(named).as("keys found in the sources").hasSizeGreaterThan(50)
                .contains("nav.home", "nav.dashboard", "nav.users", "user.error.email-taken");
        assertThat(named).as("keys named in the code but missing in messages.properties").isSubsetOf(keys);
        assertThat(started).as("started keys").contains("role.", "format.", "status.", "dashboard.scope.")
                .allMatch(start -> keys.stream().anyMatch(k -> k.startsWith(start)), "starts a key");
    }

    @Test
    void every_key_like_literal_in_the_code_is_a_key_or_the_start_of_one() throws IOException {
        // Catches keys that are put together, such as LoginView's "login.error.throttled" + ".title".
        var keys = keys(bundle("messages.properties"));
        var prefixes = new TreeSet<String>();
        keys.forEach(k -> prefixes.add(k.substring(0, k.indexOf('.'))));

        var literals = matches(STRING_LITERAL, sources());
        assertThat(literals).contains("login.error.throttled", "login.error.disabled");

        var unknown = literals.stream()
                .filter(literal -> prefixes.contains(literal.substring(0, literal.indexOf('.'))))
                .filter(literal -> !keys.contains(literal) && keys.stream().noneMatch(k -> k.startsWith(literal + ".")))
                .toList();

        assertThat(unknown).isEmpty();
    }

    @Test
    void every_role_format_and_status_has_a_name_and_every_role_a_dashboard_scope() throws IOException {
        var keys = keys(bundle("messages.properties"));
        for (var role : Role.values()) {
            assertThat(keys).contains("role." + role.name(), "dashboard.scope." + role.name());
        }
        for (var format : SessionFormat.values()) {
            assertThat(keys).contains("format." + format.name());
        }
        for (var status : SessionStatus.values()) {
            assertThat(keys).contains("status." + status.name());
        }
    }

    @Test
    void dutch_is_answered_for_dutch_and_for_any_unknown_locale() {
        assertThat(translations.getTranslation("nav.dashboard", Locale.forLanguageTag("nl-NL"))).isEqualTo("Overzicht");
        assertThat(translations.getTranslation("nav.dashboard", Locale.forLanguageTag("nl"))).isEqualTo("Overzicht");
        assertThat(translations.getTranslation("nav.dashboard", Locale.FRANCE)).isEqualTo("Overzicht");
        assertThat(translations.getTranslation("nav.dashboard", null)).isEqualTo("Overzicht");
    }

    @Test
    void english_is_answered_for_every_english_locale() {
        assertThat(translations.getTranslation("nav.dashboard", Locale.ENGLISH)).isEqualTo("Overview");
        assertThat(translations.getTranslation("nav.dashboard", Locale.US)).isEqualTo("Overview");
        assertThat(translations.getTranslation("nav.dashboard", DutchTime.ENGLISH)).isEqualTo("Overview");
    }

    @Test
    void a_server_running_in_english_still_answers_unknown_locales_in_dutch() {
        Locale.setDefault(Locale.UK);

        assertThat(translations.getTranslation("nav.users", Locale.GERMANY)).isEqualTo("Gebruikers");
    }

    @Test
    void arguments_are_filled_in() {
        assertThat(translations.getTranslation("dashboard.greeting", DutchTime.DUTCH, "Anna")).isEqualTo("Welkom, Anna");
        assertThat(translations.dutch("user.error.password-too-short", 12))
                .isEqualTo("Een wachtwoord moet ten minste 12 tekens lang zijn.");
    }

    @Test
    void a_missing_key_shows_itself_instead_of_failing() {
        assertThat(translations.getTranslation("no.such.key", DutchTime.DUTCH)).isEqualTo("!no.such.key");
    }

    @Test
    void the_provided_locales_are_dutch_first_then_english() {
        assertThat(translations.getProvidedLocales()).containsExactly(DutchTime.DUTCH, DutchTime.ENGLISH);
    }
}
