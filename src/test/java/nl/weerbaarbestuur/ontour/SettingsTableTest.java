package nl.weerbaarbestuur.ontour;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's settings table is generated, from one place: the settings records (name, type,
 * default, the Javadoc as meaning) through the metadata the configuration processor writes at
 * compile time, plus {@code additional-spring-configuration-metadata.json} for the few settings a
 * {@code @Scheduled} or {@code @ConditionalOnProperty} reads. {@code application.properties} adds the
 * environment variables with another name than the relaxed one, and a default that follows another
 * setting. When a record changes, this test fails until the table is rewritten:
 * {@code ./mvnw test -Dtest=SettingsTableTest -Dontour.readme.write=true}.
 */
class SettingsTableTest {

    static final String START = "<!-- settings-table:start (generated from the settings records by SettingsTableTest; do not edit) -->";
    static final String END = "<!-- settings-table:end -->";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+):(.*)}");

    @Test
    void the_readme_table_lists_every_setting_as_the_records_declare_it() throws IOException {
        var readme = Path.of("README.md");
        var text = Files.readString(readme);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("README has the settings table markers").isNotNegative();
        assertThat(end).isGreaterThan(start);
        var expected = START + "\n" + table() + END;
        var actual = text.substring(start, end + END.length());
        if (!actual.equals(expected) && Boolean.getBoolean("ontour.readme.write")) {
            Files.writeString(readme, text.substring(0, start) + expected + text.substring(end + END.length()));
            return;
        }
        assertThat(actual)
                .as("README settings table is stale: run ./mvnw test -Dtest=SettingsTableTest -Dontour.readme.write=true"
                        + " (after editing only additional-spring-configuration-metadata.json, run ./mvnw clean first:"
                        + " the compiler merges it into the metadata)")
                .isEqualTo(expected);
    }

    static String table() throws IOException {
        var applicationProperties = new Properties();
        try (InputStream in = SettingsTableTest.class.getResourceAsStream("/application.properties")) {
            applicationProperties.load(in);
        }
        JsonNode metadata;
        try (InputStream in = SettingsTableTest.class.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
            assertThat(in).as("metadata from spring-boot-configuration-processor").isNotNull();
            metadata = JsonMapper.builder().build().readTree(in);
        }
        var rows = new TreeMap<String, String>();
        for (var property : metadata.get("properties")) {
            var name = property.get("name").asString();
            var configured = applicationProperties.getProperty(name);
            var environment = name.toUpperCase().replace('.', '_').replace('-', '_');
            var defaultValue = property.has("defaultValue") ? value(property.get("defaultValue")) : null;
            if (configured != null) {
                var placeholder = PLACEHOLDER.matcher(configured.strip());
                if (placeholder.matches()) {
                    environment = placeholder.group(1);
                    if (defaultValue == null || defaultValue.isEmpty()) {
                        defaultValue = placeholder.group(2);
                    }
                } else if (defaultValue == null) {
                    defaultValue = configured.strip();
                }
            }
            var description = property.has("description") ? property.get("description").asString() : "";
            rows.put(name, "| `" + name + "` | `" + environment + "` | " + shown(defaultValue) + " | " + prose(description) + " |\n");
        }
        var table = new StringBuilder("| Property | Environment variable | Default | Meaning |\n|---|---|---|---|\n");
        rows.values().forEach(table::append);
        return table.toString();
    }

    private static String value(JsonNode node) {
        if (node.isArray()) {
            var joined = new StringBuilder();
            node.forEach(n -> joined.append(joined.isEmpty() ? "" : ",").append(n.asString()));
            return joined.toString();
        }
        return node.asString();
    }

    private static String shown(String defaultValue) {
        if (defaultValue == null) {
            return "none";
        }
        return defaultValue.isEmpty() ? "empty" : "`" + defaultValue + "`";
    }

    /** Javadoc to Markdown: {@code x} becomes `x`, {@link X} becomes X; a pipe would end the cell. */
    private static String prose(String javadoc) {
        return javadoc.replaceAll("\\{@code ([^}]*)}", "`$1`").replaceAll("\\{@link ([^}]*)}", "$1")
                .replace("|", "\\|").replaceAll("\\s+", " ").strip();
    }
}
