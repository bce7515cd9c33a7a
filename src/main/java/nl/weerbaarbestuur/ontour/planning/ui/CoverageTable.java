package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFill;

/**
 * The map in words: one row per province with its coverage, number of sessions, seats taken and PS
 * seats. It is what screen readers and narrow phones use, so it is a real table with a caption and
 * headers.
 */
class CoverageTable extends NativeTable {

    /**
     * The seats taken in a province's sessions, and how many of those people come on location and
     * how many online: a session in person counts on location, an online one online, a hybrid one as
     * its participants chose ({@code undecided}: no choice made).
     */
    record Taken(int confirmed, int inPerson, int online, int undecided) {

        static final Taken NONE = new Taken(0, 0, 0, 0);

        static Taken of(SessionFacts session, SessionFill.Fill fill) {
            return switch (session.format()) {
                case IN_PERSON -> new Taken(fill.confirmed(), fill.confirmed(), 0, 0);
                case ONLINE -> new Taken(fill.confirmed(), 0, fill.confirmed(), 0);
                case HYBRID -> new Taken(fill.confirmed(), fill.inPerson(), fill.online(), fill.undecided());
            };
        }

        Taken plus(Taken other) {
            return new Taken(confirmed + other.confirmed, inPerson + other.inPerson, online + other.online,
                    undecided + other.undecided);
        }

        /** Whether the total alone does not say how people come: both ways, or a hybrid session's choices. */
        boolean mixed() {
            return confirmed > 0 && (undecided > 0 || (inPerson > 0 && online > 0));
        }
    }

    CoverageTable() {
        addClassName("ot-table");
        setId("coverage-table");
    }

    void show(List<ProvinceMap.Entry> entries, Long tourId, Map<String, Taken> taken) {
        removeAll();
        setCaptionText(getTranslation("overview.table.caption"));
        var head = getHead().addRow();
        for (var key : new String[]{"overview.table.province", "overview.table.coverage", "overview.table.sessions",
                "overview.table.taken", "overview.table.seats"}) {
            head.addHeaderCell().setText(getTranslation(key));
        }
        head.getHeaderCells().forEach(c -> c.getElement().setAttribute("scope", "col"));
        // The PS seats are reference data: a phone leaves them out, so that the table fits (see ontour.css).
        head.getHeaderCells().getLast().addClassName("ot-coverage-seats");
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
            var seats = taken.getOrDefault(entry.province().getCode(), Taken.NONE);
            var takenCell = row.addDataCell();
            takenCell.add(new Span(String.valueOf(seats.confirmed())));
            if (seats.mixed()) {
                var split = new Span(FillText.split(this, seats.inPerson(), seats.online(), seats.undecided()));
                split.addClassName("ot-fill-detail");
                takenCell.add(split);
            }
            var seatsCell = row.addDataCell();
            seatsCell.setText(String.valueOf(entry.province().getPsSeats()));
            seatsCell.addClassName("ot-coverage-seats");
        }
    }
}
