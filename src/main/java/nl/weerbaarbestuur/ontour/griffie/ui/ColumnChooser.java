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
import nl.weerbaarbestuur.ontour.security.AccountPreferences;
import nl.weerbaarbestuur.ontour.shared.ui.NarrowScreens;

/**
 * "Kolommen": which columns of a grid show, remembered per account (not per browser), so a griffie
 * finds the same list on the laptop and at home. On a phone only the columns that fit show, whatever
 * was chosen; the choice itself is kept.
 */
class ColumnChooser extends MenuBar {

    private final Grid<?> grid;
    private final AccountPreferences preferences;
    private final String preferenceName;
    private final List<String> keys;
    private final List<String> notOnAPhone;
    private final List<MenuItem> items = new ArrayList<>();
    private Set<String> chosen;
    private boolean phone;

    ColumnChooser(Grid<?> grid, AccountPreferences preferences, String preferenceName, List<String> keys,
                  List<String> defaults, List<String> notOnAPhone) {
        this.grid = grid;
        this.preferences = preferences;
        this.preferenceName = preferenceName;
        this.keys = keys;
        this.notOnAPhone = notOnAPhone;
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
        addAttachListener(attach -> {
            var page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> onWidth(details.getWindowInnerWidth()));
            var resize = page.addBrowserWindowResizeListener(e -> onWidth(e.getWidth()));
            addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
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

    private void onWidth(int width) {
        boolean narrow = width > 0 && width < NarrowScreens.PHONE;
        if (narrow != phone) {
            phone = narrow;
            apply();
        }
    }

    private void apply() {
        for (int i = 0; i < keys.size(); i++) {
            var key = keys.get(i);
            items.get(i).setChecked(chosen.contains(key));
            grid.getColumnByKey(key).setVisible(chosen.contains(key) && !(phone && notOnAPhone.contains(key)));
        }
    }
}
