package nl.weerbaarbestuur.ontour.griffie.ui;

import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.security.AccountPreferences;
import nl.weerbaarbestuur.ontour.shared.ui.FittedColumns;

/**
 * "Kolommen": which columns of a grid show, remembered per account (not per browser), so a griffie
 * finds the same list on the laptop and at home. What was chosen but does not fit the screen is
 * left out, the least important first ({@link FittedColumns}); the choice itself is kept.
 */
class ColumnChooser extends MenuBar {

    private final Grid<?> grid;
    private final FittedColumns fit;
    private final AccountPreferences preferences;
    private final String preferenceName;
    private final List<String> keys;
    private final List<MenuItem> items = new ArrayList<>();
    private Set<String> chosen;

    /**
     * @param keys     the columns the user may choose from, in the grid's order
     * @param defaults what shows until the user chooses otherwise
     */
    ColumnChooser(Grid<?> grid, FittedColumns fit, AccountPreferences preferences, String preferenceName,
                  List<String> keys, List<String> defaults) {
        this.grid = grid;
        this.fit = fit;
        this.preferences = preferences;
        this.preferenceName = preferenceName;
        this.keys = keys;
        setId("column-chooser");
        addThemeVariants(MenuBarVariant.LUMO_TERTIARY);
        var root = addItem(VaadinIcon.GRID_H.create());
        root.add(getTranslation("griffie.columns"));
        root.setAriaLabel(getTranslation("griffie.columns.label"));
        var menu = root.getSubMenu();
        for (var key : keys) {
            var item = menu.addItem(grid.getColumnByKey(key).getHeaderText());
            item.setId("column-" + key);
            item.setCheckable(true);
            item.setKeepOpen(true);
            item.addClickListener(e -> choose(key, item.isChecked()));
            items.add(item);
        }
        chosen = new LinkedHashSet<>(defaults);
    }

    /** Reads the account's choice (or the defaults) and shows the grid accordingly. */
    void load() {
        preferences.get(preferenceName).ifPresent(saved -> {
            var known = Arrays.stream(saved.split(",")).map(String::strip).filter(keys::contains).toList();
            if (!known.isEmpty()) {
                chosen = new LinkedHashSet<>(known);
            }
        });
        apply();
    }

    private void choose(String key, boolean shown) {
        if (shown) {
            chosen.add(key);
        } else if (chosen.size() > 1) {
            chosen.remove(key);
        }
        preferences.set(preferenceName, String.join(",", keys.stream().filter(chosen::contains).toList()));
        apply();
    }

    private void apply() {
        for (int i = 0; i < keys.size(); i++) {
            items.get(i).setChecked(chosen.contains(keys.get(i)));
        }
        fit.want(chosen.stream().map(grid::getColumnByKey).collect(Collectors.toSet()));
    }
}
