package nl.weerbaarbestuur.ontour.shared.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Shows as many of a grid's columns as fit the grid's own width, most important first, so that a
 * list never scrolls sideways: on a phone, on a tablet, and on a laptop with the menu open. The
 * browser reports the width the columns have (the grid's inner width, less a vertical scrollbar and
 * the selection column) whenever it changes, also when the menu opens or closes; the server then
 * shows the columns in order of importance as long as they fit, and leaves out the rest. The grid
 * keeps its own column order.
 *
 * <p>A column's room is its set width ({@code rem} or {@code px}); a column that grows takes that as
 * its least. Until the browser has reported (and in browserless tests) every wanted column shows.
 */
public final class FittedColumns {

    /** The text that names the columns left out, with their headers as {@code {0}}. */
    public static final String LEFT_OUT = "grid.left-out";

    /** The event the browser sends with the width; the script sends it only when the width changed. */
    private static final String EVENT = "ot-fit";
    private static final String MEASURE = """
            const grid = this;
            // Attached again (or a second time): report the width again, changed or not.
            grid.__otLast = -1;
            if (grid.__otFit) { grid.__otFit(); return; }
            const table = grid.shadowRoot && grid.shadowRoot.querySelector('#table');
            if (!table) { return; }
            let timer;
            grid.__otFit = () => {
              let fixed = 0;
              grid.querySelectorAll('vaadin-grid-flow-selection-column').forEach(c => {
                if (!c.hidden) { fixed += parseFloat(c.width) || 60; }
              });
              const width = Math.floor(table.clientWidth - fixed);
              const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
              if (width > 0 && width !== grid.__otLast) {
                grid.__otLast = width;
                grid.dispatchEvent(new CustomEvent('ot-fit', {detail: {width: width, rem: rem}}));
              }
            };
            // The table's content box shrinks when a vertical scrollbar appears: observe it, not the grid.
            new ResizeObserver(() => { clearTimeout(timer); timer = setTimeout(grid.__otFit, 80); }).observe(table);
            """;

    private final List<? extends Grid.Column<?>> byImportance;
    private final Set<Grid.Column<?>> wanted;
    private final List<Consumer<List<Grid.Column<?>>>> listeners = new ArrayList<>();
    private double width;
    private double rem = 16;
    private List<Grid.Column<?>> leftOut = List.of();

    private FittedColumns(Grid<?> grid, List<? extends Grid.Column<?>> byImportance) {
        this.byImportance = List.copyOf(byImportance);
        this.wanted = new HashSet<>(byImportance);
        grid.getElement().addEventListener(EVENT, event -> {
            width = event.getEventData().get("event.detail.width").asDouble();
            rem = event.getEventData().get("event.detail.rem").asDouble();
            apply();
        }).addEventData("event.detail.width").addEventData("event.detail.rem");
        grid.addAttachListener(attach -> grid.getElement().executeJs(MEASURE));
    }

    /**
     * Fits the given columns of the grid, listed from most to least important; other columns (none,
     * or a selection column) are left alone. The first column always shows.
     */
    public static FittedColumns fit(Grid<?> grid, List<? extends Grid.Column<?>> byImportance) {
        return new FittedColumns(grid, byImportance);
    }

    /** Which of the columns the user wants (a column chooser); only those are fitted and shown. */
    public void want(Set<? extends Grid.Column<?>> columns) {
        wanted.clear();
        wanted.addAll(columns);
        apply();
    }

    /** Told which wanted columns are left out for want of room, after every change (often an empty list). */
    public void onLeftOut(Consumer<List<Grid.Column<?>>> listener) {
        listeners.add(listener);
    }

    /**
     * A line to show near the grid that names the columns left out for want of room ("Past niet op
     * dit scherm: Sessies gewenst, Herinnering"), hidden while everything fits: someone on a phone
     * knows there is more, and that a wider screen shows it.
     */
    public Span leftOutNote(String id) {
        var note = new Span();
        note.setId(id);
        note.addClassNames("ot-muted", "ot-left-out");
        note.setVisible(false);
        onLeftOut(out -> {
            var names = out.stream().map(Grid.Column::getHeaderText).filter(Objects::nonNull).toList();
            note.setText(note.getTranslation(LEFT_OUT, String.join(", ", names)));
            note.setVisible(!names.isEmpty());
        });
        return note;
    }

    /** The wanted columns that do not fit now, in order of importance. */
    public List<Grid.Column<?>> leftOut() {
        return leftOut;
    }

    private void apply() {
        double used = 0;
        var out = new ArrayList<Grid.Column<?>>();
        boolean first = true;
        for (var column : byImportance) {
            if (!wanted.contains(column)) {
                column.setVisible(false);
                continue;
            }
            double needs = widthOf(column);
            // Once one does not fit, the less important ones give way too, even a narrow one that would.
            boolean fits = width <= 0 || first || (out.isEmpty() && used + needs <= width);
            column.setVisible(fits);
            if (fits) {
                used += needs;
                first = false;
            } else {
                out.add(column);
            }
        }
        leftOut = List.copyOf(out);
        listeners.forEach(listener -> listener.accept(leftOut));
    }

    private double widthOf(Grid.Column<?> column) {
        var set = column.getWidth();
        try {
            if (set != null && set.endsWith("rem")) {
                return Double.parseDouble(set.substring(0, set.length() - 3)) * rem;
            }
            if (set != null && set.endsWith("px")) {
                return Double.parseDouble(set.substring(0, set.length() - 2));
            }
        } catch (NumberFormatException e) {
            // An unexpected width counts as a usual one, below.
        }
        return 8 * rem;
    }
}
