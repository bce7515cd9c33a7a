package nl.weerbaarbestuur.ontour.results.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Horizontal bars (0-100%) drawn on the server as SVG: no chart library, nothing paid. Each bar
 * carries its words in a title (read by screen readers and shown as a tooltip), and the value is
 * printed beside it, so nothing depends on colour or length alone. The table on the page holds
 * the same figures.
 */
class BarChart extends Div {

    /** One bar: the label, the rate (null: undefined, drawn empty) and the text printed beside it. */
    record Bar(String label, @Nullable Double rate, String valueText) {
    }

    private static final int WIDTH = 720;
    private static final int LABEL = 150;
    private static final int BAR = 300;
    private static final int ROW = 30;

    private final Svg svg = new Svg();

    BarChart(String id) {
        setId(id);
        addClassName("rs-chart");
        add(svg);
    }

    void show(String title, List<Bar> bars) {
        int height = bars.size() * ROW + 10;
        var out = new StringBuilder();
        var titleId = getId().orElse("chart") + "-title";
        out.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"%s\">",
                WIDTH, height, titleId));
        out.append("<title id=\"").append(titleId).append("\">").append(escape(title)).append("</title>");
        int y = 5;
        for (var bar : bars) {
            double rate = bar.rate() == null ? 0 : Math.max(0, Math.min(1, bar.rate()));
            var words = bar.label() + ": " + bar.valueText();
            out.append("<g class=\"rs-bar-row\"><title>").append(escape(words)).append("</title>");
            out.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text>", y + 19, escape(bar.label())));
            out.append(String.format(Locale.ROOT,
                    "<rect class=\"rs-bar-track\" x=\"%d\" y=\"%d\" width=\"%d\" height=\"20\" rx=\"3\"/>", LABEL, y + 4, BAR));
            out.append(String.format(Locale.ROOT,
                    "<rect class=\"rs-bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"20\" rx=\"3\" data-rate=\"%.4f\"/>",
                    LABEL, y + 4, BAR * rate, rate));
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\">%s</text>", LABEL + BAR + 8, y + 19,
                    escape(bar.valueText())));
            out.append("</g>");
            y += ROW;
        }
        svg.setSvg(out.append("</svg>").toString());
    }

    /** What the browser gets, for tests. */
    String markup() {
        return svg.getElement().getProperty("innerHTML", "");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
