package nl.weerbaarbestuur.ontour.journey;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The Playwright/Chromium lifecycle of the browser journeys: one Chromium for the whole test run
 * (started on first use, closed when the run ends), a fresh browser context (no cookies, no
 * session) and page for every test, with the application's address as base URL. A failing test
 * leaves a screenshot in {@code target/screenshots/FAILED-*.png}.
 *
 * <p>Uses the system's Chromium ({@code /usr/bin/chromium}, or {@code ONTOUR_CHROMIUM}) and never
 * downloads a browser. A missing Chromium fails the journeys: it does not skip them.
 */
public class Chromium implements BeforeAllCallback, ParameterResolver, AfterEachCallback {

    public static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final String CSP_VIOLATIONS = "csp-violations";

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    /** Playwright and the launched browser, shared by all journeys of one run. */
    private record Session(Playwright playwright, Browser browser) implements AutoCloseable {
        @Override
        public void close() {
            browser.close();
            playwright.close();
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        session(context);
    }

    private static Session session(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).computeIfAbsent(Session.class, key -> start(), Session.class);
    }

    static Path executable() {
        var configured = System.getenv("ONTOUR_CHROMIUM");
        return Paths.get(configured == null || configured.isBlank() ? "/usr/bin/chromium" : configured);
    }

    private static Session start() {
        var executable = executable();
        if (!Files.isExecutable(executable)) {
            fail("The browser journeys need Chromium at " + executable + " (or set ONTOUR_CHROMIUM to its path). "
                    + "Install it with 'apt-get install -y chromium', or leave the journeys out with "
                    + "'./mvnw test -DexcludedGroups=benchmark,browser'.");
        }
        long started = System.nanoTime();
        var playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        long driverReady = System.nanoTime();
        try {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(FLAGS));
            Timing.log("Playwright driver ready", driverReady - started);
            Timing.log("Chromium " + browser.version() + " launched", System.nanoTime() - driverReady);
            return new Session(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw new IllegalStateException("Chromium at " + executable + " did not start: " + e.getMessage(), e);
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        var port = SpringExtension.getApplicationContext(extension).getEnvironment().getProperty("local.server.port");
        var browserContext = session(extension).browser().newContext(new Browser.NewContextOptions()
                .setBaseURL("http://localhost:" + port)
                .setViewportSize(1280, 860)
                .setLocale("nl-NL"));
        browserContext.setDefaultTimeout(20_000);
        extension.getStore(NAMESPACE).put(BrowserContext.class, browserContext);
        var page = browserContext.newPage();
        // The Content-Security-Policy must not stop anything the application does (see SECURITY.md).
        var cspViolations = new java.util.concurrent.CopyOnWriteArrayList<String>();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                cspViolations.add(message.text());
            }
        });
        extension.getStore(NAMESPACE).put(CSP_VIOLATIONS, cspViolations);
        return page;
    }

    @Override
    public void afterEach(ExtensionContext extension) throws Exception {
        var browserContext = extension.getStore(NAMESPACE).remove(BrowserContext.class, BrowserContext.class);
        if (browserContext == null) {
            return;
        }
        try {
            if (extension.getExecutionException().isPresent() && !browserContext.pages().isEmpty()) {
                var page = browserContext.pages().getFirst();
                var file = SCREENSHOTS.resolve("FAILED-" + extension.getRequiredTestClass().getSimpleName() + "-"
                        + extension.getRequiredTestMethod().getName() + ".png");
                Files.createDirectories(SCREENSHOTS);
                page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
                System.out.println("[journey] failed at " + page.url() + "; screenshot: " + file);
            }
        } finally {
            browserContext.close();
        }
        var cspViolations = (java.util.List<?>) extension.getStore(NAMESPACE).remove(CSP_VIOLATIONS);
        if (extension.getExecutionException().isEmpty() && cspViolations != null && !cspViolations.isEmpty()) {
            throw new AssertionError("Content-Security-Policy violations in the browser: " + cspViolations);
        }
    }
}
