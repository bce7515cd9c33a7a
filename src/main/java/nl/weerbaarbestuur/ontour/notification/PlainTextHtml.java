package nl.weerbaarbestuur.ontour.notification;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The HTML alternative of a plain-text mail: the same words, escaped, in paragraphs, with the
 * platform's own links made clickable. Built from the text, never from a template, so a template
 * cannot inject markup; values (names, titles) arrive escaped. A web address in user text (a
 * remark, a name that slipped through) stays text: only addresses that start with one of the
 * platform's own prefixes ({@code ontour.base-url}, the configured feedback address) become links,
 * so a mail from our domain never carries someone else's link as ours.
 */
final class PlainTextHtml {

    private static final Pattern LINK = Pattern.compile("(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)])|(mailto:[^\\s<>\"]+[^\\s<>\".,;:!?)])");

    private PlainTextHtml() {
    }

    /** Without known prefixes: no links at all. */
    static String of(String text, String language) {
        return of(text, language, List.of());
    }

    static String of(String text, String language, List<String> ownPrefixes) {
        var html = new StringBuilder(text.length() * 2 + 300);
        html.append("<!DOCTYPE html><html lang=\"").append("en".equals(language) ? "en" : "nl").append("\"><head>")
                .append("<meta charset=\"UTF-8\"><meta name=\"viewport\" content=\"width=device-width\"></head>")
                .append("<body style=\"font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:40em\">");
        for (var paragraph : text.strip().split("\\R\\s*\\R")) {
            html.append("<p>");
            var lines = paragraph.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.append("<br>");
                }
                html.append(linked(lines[i], ownPrefixes));
            }
            html.append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linked(String line, List<String> ownPrefixes) {
        var out = new StringBuilder();
        var matcher = LINK.matcher(line);
        int last = 0;
        while (matcher.find()) {
            if (!isOwn(matcher.group(), ownPrefixes)) {
                continue;
            }
            out.append(escape(line.substring(last, matcher.start())));
            var url = escape(matcher.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = matcher.end();
        }
        return out.append(escape(line.substring(last))).toString();
    }

    /** The prefix must end at a path boundary: https://ontour.nl must not vouch for https://ontour.nl.evil.example. */
    private static boolean isOwn(String url, List<String> ownPrefixes) {
        for (var prefix : ownPrefixes) {
            if (prefix == null || prefix.isBlank()) {
                continue;
            }
            var p = prefix.strip();
            if (url.equals(p) || url.startsWith(p.endsWith("/") ? p : p + "/") || url.startsWith(p + "?")) {
                return true;
            }
        }
        return false;
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
