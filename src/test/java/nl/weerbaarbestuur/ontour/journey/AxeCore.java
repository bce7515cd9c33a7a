package nl.weerbaarbestuur.ontour.journey;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * axe-core, the accessibility rule engine, from the npm registry. Installed once into
 * {@code target/axe} with the ordinary npm client (never committed, never bundled), then injected
 * into a page and run there.
 */
final class AxeCore {

    static final String VERSION = "4.11.0";
    static final Path HOME = Paths.get("target", "axe");
    static final Path SCRIPT = HOME.resolve("node_modules/axe-core/axe.min.js");
    private static final Path PACKAGE_JSON = HOME.resolve("node_modules/axe-core/package.json");

    /**
     * Rules about a page's structure that axe files under "best practice", not under a WCAG tag, so
     * that a scan by WCAG tags alone never runs them: every page has one main landmark, puts all
     * its content in a landmark, goes down one heading level at a time, and gives every table
     * header a text. A screen reader user finds their way by exactly these.
     */
    static final Set<String> STRUCTURE = Set.of("landmark-one-main", "region", "heading-order",
            "landmark-no-duplicate-main", "landmark-no-duplicate-banner", "landmark-no-duplicate-contentinfo",
            "landmark-banner-is-top-level", "landmark-main-is-top-level", "landmark-contentinfo-is-top-level",
            "landmark-unique", "empty-table-header");

    /**
     * WCAG 2.0 and 2.1, levels A and AA (what Dutch government websites must meet, EN 301 549),
     * and the {@link #STRUCTURE} rules: by rule id, as axe runs no rule outside a tag list it is given.
     */
    private static final String RUN = """
            async (structure) => {
              const wcag = axe.getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).map(r => r.ruleId);
              const result = await axe.run(document, {
                runOnly: {type: 'rule', values: [...new Set(wcag.concat(structure))]}
              });
              return {
                passes: result.passes.length,
                incomplete: result.incomplete.flatMap(r => r.nodes.map(n =>
                    r.id + ' at ' + JSON.stringify(n.target) + ': '
                    + (n.any.concat(n.all, n.none).map(c => c.message).join('; ')))),
                violations: result.violations.map(v => ({
                id: v.id,
                impact: v.impact || 'unknown',
                help: v.help,
                nodes: v.nodes.map(n => ({
                  impact: n.impact || v.impact || 'unknown',
                  target: JSON.stringify(n.target),
                  summary: (n.failureSummary || '').replace(/\\s+/g, ' ').trim()
                }))
              }))};
            }""";

    /** One element that breaks one rule. */
    record Violation(String rule, String impact, String help, String target, String summary) {

        boolean isSeriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }

        @Override
        public String toString() {
            return "[" + impact + "] " + rule + " (" + help + ") at " + target + (summary.isEmpty() ? "" : ": " + summary);
        }
    }

    private AxeCore() {
    }

    /** The path of axe.min.js, installing axe-core with npm first if it is not there yet. */
    static synchronized Path script() {
        if (Files.isRegularFile(SCRIPT) && installedVersion().equals(VERSION)) {
            return SCRIPT;
        }
        long started = System.nanoTime();
        var output = npm("install", "--no-save", "--no-audit", "--no-fund", "--prefix", HOME.toString(), "axe-core@" + VERSION);
        if (!Files.isRegularFile(SCRIPT)) {
            fail("npm did not install axe-core " + VERSION + " into " + HOME + ":\n" + output);
        }
        Timing.log("npm install axe-core@" + VERSION, System.nanoTime() - started);
        return SCRIPT;
    }

    /** Injects axe-core into the page as it is now, runs the WCAG 2.1 A/AA rules and returns what fails. */
    static List<Violation> scan(Page page) {
        // Below the window axe-core cannot work out colours: show the whole page at once.
        Steps.fitWindowToContent(page);
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(script()));
        long started = System.nanoTime();
        @SuppressWarnings("unchecked")
        var result = (Map<String, Object>) page.evaluate(RUN, List.copyOf(STRUCTURE));
        Timing.log("axe-core scan of " + page.url(), System.nanoTime() - started);
        // What axe could not decide by itself (contrast over a gradient, say) is for a person to check.
        System.out.printf("[axe] %s: %s rules passed%n", page.url(), result.get("passes"));
        ((List<?>) result.get("incomplete")).forEach(item -> System.out.println("[axe]   to check by hand: " + item));
        @SuppressWarnings("unchecked")
        var raw = (List<Map<String, Object>>) result.get("violations");
        var violations = new ArrayList<Violation>();
        for (var rule : raw) {
            @SuppressWarnings("unchecked")
            var nodes = (List<Map<String, Object>>) rule.get("nodes");
            for (var node : nodes) {
                violations.add(new Violation((String) rule.get("id"), (String) node.get("impact"),
                        (String) rule.get("help"), (String) node.get("target"), (String) node.get("summary")));
            }
        }
        return violations;
    }

    private static String installedVersion() {
        try {
            var matcher = Pattern.compile("\"version\"\\s*:\\s*\"([^\"]+)\"")
                    .matcher(Files.readString(PACKAGE_JSON, StandardCharsets.UTF_8));
            return matcher.find() ? matcher.group(1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static String npm(String... arguments) {
        var command = new ArrayList<String>();
        command.add("npm");
        command.addAll(List.of(arguments));
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            // Read before waiting, so that a chatty npm never blocks on a full pipe.
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                fail("npm did not finish within 5 minutes: " + String.join(" ", command));
            }
            System.out.println("[axe] " + String.join(" ", command) + "\n" + output.strip());
            if (process.exitValue() != 0) {
                fail("'" + String.join(" ", command) + "' failed (exit " + process.exitValue() + "):\n" + output);
            }
            return output;
        } catch (IOException e) {
            return fail("The accessibility scan needs npm to fetch axe-core " + VERSION + " from the npm registry, "
                    + "and npm cannot be run (" + e.getMessage() + "). Install it with 'apt-get install -y npm', "
                    + "or leave the browser journeys out with './mvnw test -DexcludedGroups=benchmark,browser'.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("Interrupted while npm installed axe-core");
        }
    }
}
