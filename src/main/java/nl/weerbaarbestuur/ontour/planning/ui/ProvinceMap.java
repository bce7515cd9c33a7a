package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.Coverage;
import nl.weerbaarbestuur.ontour.province.Province;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * The tour's coverage as a map: each province a link (to its sessions) with an accessible name,
 * a tooltip, and a fill that differs in pattern and lightness, not in hue alone; a legend in words
 * sits below. The markup is generated here from our own outlines and escaped names, never from
 * user input.
 * <p>
 * Other modules' views may show it too (the tour planner marks the provinces of a proposal over the
 * coverage fill): hence its own named interface, the one piece of this {@code ui} package they may use.
 */
@NamedInterface("province-map")
public class ProvinceMap extends Div {

    /** One province on the map: how far the tour reached it and how many sessions it has. */
    public record Entry(Province province, Coverage coverage, long sessions) {
    }

    private static final String MARKED = "ot-marked";

    private final Svg svg = new Svg();
    private final Span markLegend = new Span();
    private final ListItem markLegendItem;

    public ProvinceMap() {
        addClassName("ot-map");
        svg.addClassName("ot-map-drawing");
        var legend = new UnorderedList();
        legend.addClassName("ot-legend");
        legend.setId("map-legend");
        for (var coverage : Coverage.values()) {
            var swatch = new Span();
            swatch.addClassNames("ot-swatch", cssClass(coverage));
            swatch.getElement().setAttribute("aria-hidden", "true");
            legend.add(new ListItem(swatch, new Span(getTranslation("coverage." + coverage.name()))));
        }
        var markSwatch = new Span();
        markSwatch.addClassNames("ot-swatch", MARKED);
        markSwatch.getElement().setAttribute("aria-hidden", "true");
        markLegendItem = new ListItem(markSwatch, markLegend);
        markLegendItem.setVisible(false);
        legend.add(markLegendItem);
        add(svg, legend);
    }

    public void show(List<Entry> entries, @Nullable Long tourId) {
        show(entries, tourId, Map.of(), "");
    }

    /**
     * The coverage fill with some provinces marked by a heavy outline, each mark's note added to the
     * province's name ("Utrecht: Nog niets gepland, geen sessies; voorstel: 1 sessie"); the legend
     * names the mark with {@code markLabel}.
     *
     * @param marks province code to note; provinces without an entry are not marked
     */
    public void show(List<Entry> entries, @Nullable Long tourId, Map<String, String> marks, String markLabel) {
        markLegend.setText(markLabel);
        markLegendItem.setVisible(!marks.isEmpty());
        Map<String, Entry> byCode = entries.stream().collect(Collectors.toMap(e -> e.province().getCode(), e -> e));
        var out = new StringBuilder();
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"").append(ProvinceOutlines.VIEW_BOX)
                .append("\" role=\"group\" aria-label=\"").append(escape(getTranslation("overview.map.title"))).append("\">");
        out.append("<defs><pattern id=\"ot-hatch\" patternUnits=\"userSpaceOnUse\" width=\"5\" height=\"5\" ")
                .append("patternTransform=\"rotate(45)\"><rect width=\"5\" height=\"5\" fill=\"#dce7f3\"/>")
                .append("<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"5\" stroke=\"#154273\" stroke-width=\"2\"/></pattern></defs>");
        out.append("<path class=\"ot-map-dike\" aria-hidden=\"true\" d=\"").append(ProvinceOutlines.afsluitdijk()).append("\"/>");
        // Marked provinces last: SVG paints in order, so their heavy outline is not covered by a neighbour's.
        var outlines = ProvinceOutlines.all().stream()
                .sorted(java.util.Comparator.comparing(outline -> marks.containsKey(outline.code()))).toList();
        for (var outline : outlines) {
            var entry = byCode.get(outline.code());
            if (entry == null) {
                continue;
            }
            var province = entry.province();
            var label = getTranslation("overview.map.province", province.getName(),
                    getTranslation("coverage." + entry.coverage().name()), entry.sessions());
            var mark = marks.get(province.getCode());
            if (mark != null) {
                label = label + "; " + mark;
            }
            var href = "planning/sessies?provincie=" + province.getCode() + (tourId == null ? "" : "&tour=" + tourId);
            out.append("<a href=\"").append(escape(href)).append("\" class=\"ot-province ").append(cssClass(entry.coverage()))
                    .append(mark == null ? "" : " " + MARKED)
                    .append("\" data-province=\"").append(province.getCode()).append("\" aria-label=\"").append(escape(label))
                    .append("\"><title>").append(escape(label)).append("</title>")
                    .append("<path d=\"").append(outline.path()).append("\"/>")
                    .append("</a>")
                    // The code beside the link, not in it: a link whose visible text ("GR") is not in its
                    // name ("Groningen: ...") breaks WCAG 2.5.3 (axe: label-content-name-mismatch).
                    .append(String.format(Locale.ROOT, "<text class=\"ot-province-code %s\" x=\"%.1f\" y=\"%.1f\" aria-hidden=\"true\">%s</text>",
                            cssClass(entry.coverage()), outline.labelX(), outline.labelY(), province.getCode()));
        }
        svg.setSvg(out.append("</svg>").toString());
    }

    /** What the browser gets, for tests. */
    public String markup() {
        return svg.getElement().getProperty("innerHTML", "");
    }

    static String cssClass(Coverage coverage) {
        return "ot-coverage-" + coverage.name().toLowerCase(Locale.ROOT);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
