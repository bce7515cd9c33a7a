package nl.weerbaarbestuur.ontour.journey;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a person does in the application, written once for all journeys. Waits, never sleeps. */
final class Steps {

    /** True once no Vaadin client on the page is waiting for the server (as TestBench checks it). */
    private static final String VAADIN_IDLE = """
            () => !!(window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients)
                  && Object.values(window.Vaadin.Flow.clients)
                           .every(client => !client.isActive || !client.isActive())""";

    /** All text on the page, including what components render inside their shadow roots. */
    private static final String ALL_TEXT = """
            () => {
              const parts = [];
              const walk = node => {
                if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                if (node.nodeName === 'SCRIPT' || node.nodeName === 'STYLE') { return; }
                if (node.shadowRoot) { walk(node.shadowRoot); }
                node.childNodes.forEach(walk);
              };
              walk(document.body);
              return parts.join(' ').replace(/\\s+/g, ' ');
            }""";

    /** The height the page would need to show all of its content without scrolling. */
    private static final String CONTENT_HEIGHT = """
            () => {
              let height = document.documentElement.scrollHeight;
              const layout = document.querySelector('vaadin-app-layout');
              const content = layout && layout.shadowRoot && layout.shadowRoot.querySelector('[part~="content"]');
              if (content) {
                height = Math.max(height, content.getBoundingClientRect().top + content.scrollHeight);
              }
              return Math.min(Math.ceil(height), 6000);
            }""";

    private static final String LOADING_BAR_GONE = """
            () => {
              const bar = document.querySelector('.v-loading-indicator');
              return !bar || getComputedStyle(bar).display === 'none' || getComputedStyle(bar).opacity === '0';
            }""";

    /**
     * The elements of the page's content (the view and the footer, not the drawer) that reach
     * outside the window sideways, with the page's own scroll width when that exceeds the window.
     */
    private static final String OUTSIDE_THE_WINDOW = """
            () => {
              const width = document.documentElement.clientWidth;
              const found = [];
              if (document.documentElement.scrollWidth > width + 1) {
                found.push('document scrolls sideways: ' + document.documentElement.scrollWidth + ' > ' + width);
              }
              const root = document.querySelector('.ot-content') || document.querySelector('vaadin-login-overlay, .ot-login, body');
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')
                  + (e.classList.length ? '.' + [...e.classList].join('.') : '');
              for (const e of root.querySelectorAll('*')) {
                const box = e.getBoundingClientRect();
                if (box.width === 0 || box.height === 0 || getComputedStyle(e).visibility === 'hidden') continue;
                if (box.right > width + 1 || box.left < -1) {
                  found.push(name(e) + ' [' + Math.round(box.left) + ', ' + Math.round(box.right) + ']');
                }
              }
              return found.slice(0, 20);
            }""";

    private Steps() {
    }

    /** Opens a path and waits until the element that proves the view has rendered is there. */
    static void open(Page page, String path, String readySelector) {
        long started = System.nanoTime();
        page.navigate(path);
        page.waitForSelector(readySelector);
        waitForVaadin(page);
        Timing.log("page " + path + " ready (" + readySelector + ")", System.nanoTime() - started);
    }

    static void waitForVaadin(Page page) {
        page.waitForFunction(VAADIN_IDLE);
    }

    /** Signs in through the Vaadin login form, as a person would: fill in, press the button. */
    static void signIn(Page page, String email, String password) {
        page.waitForSelector("vaadin-login-form input[name=username]");
        page.fill("vaadin-login-form input[name=username]", email);
        page.fill("vaadin-login-form input[name=password]", password);
        long started = System.nanoTime();
        page.click("vaadin-login-form vaadin-button[slot=submit]");
        page.waitForURL(url -> !url.endsWith("/login"));
        page.waitForLoadState();
        Timing.log("sign-in form submitted, next page is " + page.url(), System.nanoTime() - started);
    }

    @SuppressWarnings("unchecked")
    static java.util.List<String> outsideTheWindow(Page page) {
        return (java.util.List<String>) page.evaluate(OUTSIDE_THE_WINDOW);
    }

    static String allText(Page page) {
        return (String) page.evaluate(ALL_TEXT);
    }

    /**
     * Vaadin's app layout scrolls inside its content area, not the document, so a "full page"
     * screenshot would stop at the window and axe-core could not see what lies below it. This
     * makes the window as tall as the content (at most 6000 pixels).
     */
    static void fitWindowToContent(Page page) {
        var viewport = page.viewportSize();
        int height = ((Number) page.evaluate(CONTENT_HEIGHT)).intValue();
        if (height > viewport.height) {
            page.setViewportSize(viewport.width, height);
            waitForVaadin(page);
        }
    }

    static Path screenshot(Page page, String name) {
        try {
            Files.createDirectories(Chromium.SCREENSHOTS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var file = Chromium.SCREENSHOTS.resolve(name + ".png");
        var viewport = page.viewportSize();
        fitWindowToContent(page);
        // Lumo fades the loading bar out after each round trip; wait until it has gone.
        page.waitForFunction(LOADING_BAR_GONE);
        try {
            page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        } finally {
            page.setViewportSize(viewport.width, viewport.height);
        }
        System.out.println("[journey] screenshot " + file.toAbsolutePath());
        return file;
    }
}
