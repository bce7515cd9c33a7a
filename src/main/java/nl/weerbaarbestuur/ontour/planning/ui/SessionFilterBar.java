package nl.weerbaarbestuur.ontour.planning.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.Trainer;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/**
 * The filters of the session list, mirrored in the address (?provincie=UT&status=published&...)
 * so that the map, the table and a bookmark can open the list already filtered.
 */
class SessionFilterBar extends Div {

    private final Select<Tour> tour = new Select<>();
    private final Select<Province> province = new Select<>();
    private final Select<SessionStatus> status = new Select<>();
    private final DatePicker from;
    private final DatePicker to;
    private final ComboBox<Trainer> trainer = new ComboBox<>();
    private boolean applying;

    SessionFilterBar(Runnable onChange) {
        addClassName("ot-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("sessions.filters"));
        tour.setLabel(getTranslation("sessions.filter.tour"));
        tour.setId("filter-tour");
        tour.setItemLabelGenerator(t -> t == null ? getTranslation("sessions.filter.all-tours") : t.getName());
        tour.setEmptySelectionAllowed(true);
        tour.setEmptySelectionCaption(getTranslation("sessions.filter.all-tours"));
        province.setLabel(getTranslation("sessions.filter.province"));
        province.setId("filter-province");
        province.setItemLabelGenerator(p -> p == null ? getTranslation("sessions.filter.all-provinces") : p.getName());
        province.setEmptySelectionAllowed(true);
        province.setEmptySelectionCaption(getTranslation("sessions.filter.all-provinces"));
        status.setLabel(getTranslation("sessions.filter.status"));
        status.setId("filter-status");
        status.setItems(SessionStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("sessions.filter.all-statuses") : getTranslation("status." + s.name()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("sessions.filter.all-statuses"));
        from = Pickers.date(getTranslation("sessions.filter.from"), getLocale());
        from.setId("filter-from");
        from.setClearButtonVisible(true);
        to = Pickers.date(getTranslation("sessions.filter.to"), getLocale());
        to.setId("filter-to");
        to.setClearButtonVisible(true);
        trainer.setLabel(getTranslation("sessions.filter.trainer"));
        trainer.setId("filter-trainer");
        trainer.setItemLabelGenerator(Trainer::getName);
        trainer.setClearButtonVisible(true);
        trainer.setPlaceholder(getTranslation("sessions.filter.all-trainers"));
        var clear = new Button(getTranslation("sessions.filter.clear"), e -> {
            applying = true;
            tour.clear();
            province.clear();
            status.clear();
            from.clear();
            to.clear();
            trainer.clear();
            applying = false;
            onChange.run();
        });
        clear.setId("filter-clear");
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        for (HasValue<?, ?> field : List.<HasValue<?, ?>>of(tour, province, status, from, to, trainer)) {
            field.addValueChangeListener(e -> {
                if (!applying) {
                    onChange.run();
                }
            });
        }
        add(tour, province, status, from, to, trainer, clear);
    }

    /** Fills the choices and takes the current values from the address, without firing. */
    void apply(List<Tour> tours, List<Province> provinces, List<Trainer> trainers, QueryParameters query) {
        applying = true;
        tour.setItems(tours);
        province.setItems(provinces);
        trainer.setItems(trainers);
        var tourId = QueryValues.number(query, "tour");
        tour.setValue(tours.stream().filter(t -> t.getId().equals(tourId)).findFirst().orElse(null));
        var code = QueryValues.text(query, "provincie");
        province.setValue(provinces.stream().filter(p -> p.getCode().equalsIgnoreCase(code)).findFirst().orElse(null));
        var statusName = QueryValues.text(query, "status");
        status.setValue(Arrays.stream(SessionStatus.values()).filter(s -> s.name().equalsIgnoreCase(statusName))
                .findFirst().orElse(null));
        from.setValue(QueryValues.date(query, "van"));
        to.setValue(QueryValues.date(query, "tot"));
        var trainerId = QueryValues.number(query, "trainer");
        trainer.setValue(trainers.stream().filter(t -> t.getId().equals(trainerId)).findFirst().orElse(null));
        applying = false;
    }

    SessionFilter filter() {
        return new SessionFilter(tour.getValue() == null ? null : tour.getValue().getId(),
                province.getValue() == null ? null : province.getValue().getCode(), status.getValue(),
                from.getValue() == null ? null : from.getValue().atStartOfDay(DutchTime.ZONE).toInstant(),
                to.getValue() == null ? null : to.getValue().plusDays(1).atStartOfDay(DutchTime.ZONE).toInstant(),
                trainer.getValue() == null ? null : trainer.getValue().getId());
    }

    QueryParameters query() {
        var values = new LinkedHashMap<String, String>();
        if (province.getValue() != null) {
            values.put("provincie", province.getValue().getCode());
        }
        if (status.getValue() != null) {
            values.put("status", status.getValue().name().toLowerCase(Locale.ROOT));
        }
        if (tour.getValue() != null) {
            values.put("tour", tour.getValue().getId().toString());
        }
        if (trainer.getValue() != null) {
            values.put("trainer", trainer.getValue().getId().toString());
        }
        if (from.getValue() != null) {
            values.put("van", from.getValue().toString());
        }
        if (to.getValue() != null) {
            values.put("tot", to.getValue().toString());
        }
        return QueryParameters.simple(values);
    }

    /** The province chosen, if any, to preset a new session. */
    Province province() {
        return province.getValue();
    }

    Tour tour() {
        return tour.getValue();
    }

}
