package nl.weerbaarbestuur.ontour.notification;

import java.util.regex.Pattern;

/**
 * The HTML alternative of a plain-text mail: the same words, escaped, in paragraphs, with web
 * and mail links made clickable. Built from the text, never from a template, so a template cannot
 * inject markup; values (names, titles) arrive escaped.
 */
final class PlainTextHtml {

    private static final Pattern LINK = Pattern.compile("(https?://[^\\s<>\"]+[^\\s<>\".,;:!?)])|(mailto:[^\\s<>\"]+[^\\s<>\".,;:!?)])");

    private PlainTextHtml() {
    }

    static String of(String text, String language) {
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
                html.append(linked(lines[i]));
            }
            html.append("</p>");
        }
        return html.append("</body></html>").toString();
    }

    private static String linked(String line) {
        var out = new StringBuilder();
        var matcher = LINK.matcher(line);
        int last = 0;
        while (matcher.find()) {
            out.append(escape(line.substring(last, matcher.start())));
            var url = escape(matcher.group());
            out.append("<a href=\"").append(url).append("\">").append(url).append("</a>");
            last = matcher.end();
        }
        return out.append(escape(line.substring(last))).toString();
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
