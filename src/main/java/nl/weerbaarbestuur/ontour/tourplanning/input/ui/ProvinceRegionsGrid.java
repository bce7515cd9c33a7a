package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolHolidays;
import nl.weerbaarbestuur.ontour.tourplanning.SchoolRegion;

/** The school regions of each province, changed in place; a province may lie in more than one. */
class ProvinceRegionsGrid extends Grid<Province> {

    private final SchoolHolidays service;
    private final ProvinceService provinces;
    private Map<String, Set<SchoolRegion>> current = Map.of();

    ProvinceRegionsGrid(SchoolHolidays service, ProvinceService provinces) {
        this.service = service;
        this.provinces = provinces;
        setId("regions-grid");
        setAllRowsVisible(true);
        addColumn(Province::getName).setHeader(getTranslation("tourplanning.input.province")).setAutoWidth(true);
        addComponentColumn(this::choice).setHeader(getTranslation("tourplanning.input.holidays.region")).setFlexGrow(1);
    }

    void refresh() {
        current = service.regions();
        setItems(provinces.all());
    }

    private CheckboxGroup<SchoolRegion> choice(Province province) {
        var group = new CheckboxGroup<SchoolRegion>();
        group.setId("regions-" + province.getCode());
        group.setAriaLabel(getTranslation("tourplanning.input.regions.of", province.getName()));
        group.setItems(SchoolRegion.values());
        group.setItemLabelGenerator(r -> getTranslation("tourplanning.input.region." + r.name()));
        group.setValue(current.getOrDefault(province.getCode(), Set.of()));
        group.setManualValidation(true);
        // The stored value is set before the listener: every change from here on is the organiser's.
        group.addValueChangeListener(e -> {
            group.setInvalid(false);
            try {
                service.changeRegions(province.getCode(), e.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(e.getValue()));
                InputUi.success(this, getTranslation("tourplanning.input.regions.saved", province.getName()));
            } catch (InvalidInputException refused) {
                group.setErrorMessage(String.join(" ", InputUi.messages(this, refused)));
                group.setInvalid(true);
            }
        });
        return group;
    }
}
