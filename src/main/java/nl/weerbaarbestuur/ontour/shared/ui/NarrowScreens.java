package nl.weerbaarbestuur.ontour.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;

/**
 * Grid columns cannot be hidden by CSS (the column widths live in the grid's shadow DOM), so the
 * less important ones are hidden from the server when the window is narrower than they need.
 */
public final class NarrowScreens {

    /** Below this a phone: only the columns a view cannot do without. */
    public static final int PHONE = 760;
    /** Below this (a laptop with the menu open) the least important column goes too. */
    public static final int LAPTOP = 1400;

    private NarrowScreens() {
    }

    public static void hideBelow(Component owner, int minimumWidth, List<? extends Grid.Column<?>> columns) {
        owner.addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> apply(columns, minimumWidth, details.getWindowInnerWidth()));
            var registration = page.addBrowserWindowResizeListener(resize -> apply(columns, minimumWidth, resize.getWidth()));
            owner.addDetachListener(detach -> {
                registration.remove();
                detach.unregisterListener();
            });
        });
    }

    private static void apply(List<? extends Grid.Column<?>> columns, int minimumWidth, int width) {
        var visible = width <= 0 || width >= minimumWidth;
        if (columns.stream().anyMatch(column -> column.isVisible() != visible)) {
            columns.forEach(column -> column.setVisible(visible));
            // Auto-width columns were measured with the other columns present: measure again.
            columns.getFirst().getGrid().recalculateColumnWidths();
        }
    }
}
