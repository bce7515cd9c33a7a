package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.HashMap;
import java.util.List;

/**
 * The map in words: one row per province with its coverage, number of sessions and PS seats.
 * It is what screen readers and narrow phones use, so it is a real table with a caption and headers.
 */
class CoverageTable extends NativeTable {

    CoverageTable() {
        addClassName("ot-table");
        setId("coverage-table");
    }

    void show(List<ProvinceMap.Entry> entries, Long tourId) {
        removeAll();
        setCaptionText(getTranslation("overview.table.caption"));
        var head = getHead().addRow();
        for (var key : new String[]{"overview.table.province", "overview.table.coverage", "overview.table.sessions",
                "overview.table.seats"}) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        var body = getBody();
        for (var entry : entries) {
            var row = body.addRow();
            row.setId("coverage-" + entry.province().getCode());
            var parameters = new HashMap<String, String>();
            parameters.put("provincie", entry.province().getCode());
            if (tourId != null) {
                parameters.put("tour", tourId.toString());
            }
            var link = new RouterLink(entry.province().getName(), SessionListView.class);
            link.setQueryParameters(QueryParameters.simple(parameters));
            var name = row.addHeaderCell();
            name.getElement().setAttribute("scope", "row");
            name.add(link);
            var coverage = new Span(getTranslation("coverage." + entry.coverage().name()));
            coverage.addClassNames("ot-coverage-badge", ProvinceMap.cssClass(entry.coverage()));
            row.addDataCell().add(coverage);
            row.addDataCell().setText(String.valueOf(entry.sessions()));
            row.addDataCell().setText(String.valueOf(entry.province().getPsSeats()));
        }
    }
}
