package nl.weerbaarbestuur.ontour.tourplanning.input.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.weerbaarbestuur.ontour.planning.Tour;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.CurrentUser;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import nl.weerbaarbestuur.ontour.tourplanning.TourDates;

/**
 * The page around a {@link DatesForm}: which tour (?tour=3) and which of the user's provinces
 * (?provincie=UT), whether the province answered, and a question before leaving with unsaved input.
 * A griffie sees only its own provinces; an organiser all twelve.
 */
abstract class DatesPage extends Div implements BeforeEnterObserver, BeforeLeaveObserver, HasDynamicTitle {

    private final TourDates service;
    private final TourService tours;
    private final ProvinceService provinces;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String path;
    private final Select<Tour> tour = new Select<>();
    private final Select<Province> province = new Select<>();
    private final H2 heading = new H2();
    private final Paragraph status = new Paragraph();
    private final Paragraph intro = new Paragraph();
    private final Div body = new Div();
    /** What was typed per tour and province and not saved yet. */
    private final Map<String, Draft> drafts = new HashMap<>();

    DatesPage(TourDates service, TourService tours, ProvinceService provinces, CurrentUser currentUser, Clock clock,
              String path) {
        this.service = service;
        this.tours = tours;
        this.provinces = provinces;
        this.currentUser = currentUser;
        this.clock = clock;
        this.path = path;
        addClassName("ot-page");
        heading.setId("dates-heading");
        status.setId("dates-status");
        tour.setId("dates-tour");
        tour.setLabel(getTranslation("tourplanning.input.tour"));
        tour.setItemLabelGenerator(Tour::getName);
        tour.addClassName("ot-tour-select");
        province.setId("dates-province");
        province.setLabel(getTranslation("tourplanning.input.province"));
        province.setItemLabelGenerator(Province::getName);
        tour.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go();
            }
        });
        province.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                go();
            }
        });
        var choice = new HorizontalLayout(tour, province);
        choice.setWrap(true);
        add(heading, choice, status, intro, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var user = currentUser.require();
        List<Province> mine = provinces.all().stream().filter(p -> user.covers(p.getCode())).toList();
        var all = tours.all();
        var today = LocalDate.now(clock.withZone(DutchTime.ZONE));
        var chosenTour = InputUi.chooseTour(all, InputUi.number(query.getSingleParameter("tour").orElse("")), today);
        body.removeAll();
        if (mine.isEmpty() || chosenTour == null) {
            heading.setText(getTranslation(mine.isEmpty() ? "tourplanning.input.no-province" : "tourplanning.input.no-tour"));
            tour.setVisible(false);
            province.setVisible(false);
            return;
        }
        var asked = query.getSingleParameter("provincie").orElse("");
        var chosenProvince = mine.stream().filter(p -> p.getCode().equalsIgnoreCase(asked)).findFirst().orElse(mine.getFirst());
        tour.setItems(all);
        tour.setValue(chosenTour);
        tour.setVisible(all.size() > 1);
        province.setItems(mine);
        province.setValue(chosenProvince);
        province.setVisible(mine.size() > 1);
        show(chosenTour, chosenProvince);
    }

    /** Changes the address to the chosen tour and province; the page follows in {@link #beforeEnter}. */
    private void go() {
        if (tour.getValue() == null || province.getValue() == null) {
            return;
        }
        UI.getCurrent().navigate(path, QueryParameters.simple(Map.of("tour", tour.getValue().getId().toString(),
                "provincie", province.getValue().getCode())));
    }

    private void show(Tour chosenTour, Province chosenProvince) {
        var form = service.form(chosenTour.getId(), chosenProvince.getCode());
        var draft = drafts.computeIfAbsent(chosenTour.getId() + "/" + chosenProvince.getCode(), k -> Draft.of(form));
        heading.setText(getTranslation("tourplanning.input.dates.heading", chosenProvince.getName()));
        intro.setText(getTranslation("tourplanning.input.dates.intro", chosenTour.getName(),
                DutchTime.date(form.firstDay(), getLocale()), DutchTime.date(form.lastDay(), getLocale())));
        showStatus(form);
        body.add(new DatesForm(service, form, draft, this::showStatus));
    }

    private void showStatus(TourDates.Form form) {
        status.removeClassNames("ot-notice-ok", "ot-notice-warning");
        status.addClassNames("ot-notice", form.answered() ? "ot-notice-ok" : "ot-notice-warning");
        status.getElement().setAttribute("data-answered", String.valueOf(form.answered()));
        status.setText(form.answeredAt() == null ? getTranslation("tourplanning.input.status.open")
                : getTranslation("tourplanning.input.status.answered", DutchTime.dateTime(form.answeredAt(), getLocale())));
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        var unsaved = drafts.values().stream().anyMatch(d -> d.changed || !d.pastedList.isBlank());
        if (!unsaved || event.getNavigationTarget() == getClass()) {
            return;
        }
        var action = event.postpone();
        var confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                getTranslation("tourplanning.input.leave.title"), getTranslation("tourplanning.input.leave.text"),
                getTranslation("tourplanning.input.leave.go"), e -> action.proceed(),
                getTranslation("tourplanning.input.leave.stay"), e -> action.cancel());
        confirm.setId("dates-leave");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("tourplanning.input.dates.title");
    }
}
