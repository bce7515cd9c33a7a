package nl.weerbaarbestuur.ontour.registration.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.registration.SeatCounts;
import nl.weerbaarbestuur.ontour.shared.DutchTime;

/** The public catalogue: upcoming published sessions, by province and month, with seats left. */
@Route("sessies")
@Menu(order = 2, title = "nav.catalogue", icon = "vaadin:globe")
@AnonymousAllowed
class CatalogueView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanningService planning;
    private final ProvinceService provinces;
    private final SeatCounts seatCounts;
    private final Select<Province> province = new Select<>();
    private final Select<YearMonth> month = new Select<>();
    private final Div list = new Div();
    private List<SessionFacts> sessions = List.of();
    private Map<String, Province> byCode = Map.of();
    private Map<Long, SeatCounts.Count> seats = Map.of();

    CatalogueView(PlanningService planning, ProvinceService provinces, SeatCounts seatCounts) {
        this.planning = planning;
        this.provinces = provinces;
        this.seatCounts = seatCounts;
        addClassName("ot-page");
        province.setId("filter-province");
        province.setLabel(getTranslation("catalogue.province"));
        province.setEmptySelectionAllowed(true);
        province.setEmptySelectionCaption(getTranslation("catalogue.all-provinces"));
        province.setItemLabelGenerator(p -> p == null ? getTranslation("catalogue.all-provinces") : p.getName());
        month.setId("filter-month");
        month.setLabel(getTranslation("catalogue.month"));
        month.setEmptySelectionAllowed(true);
        month.setEmptySelectionCaption(getTranslation("catalogue.all-months"));
        month.setItemLabelGenerator(m -> m == null ? getTranslation("catalogue.all-months")
                : m.format(DateTimeFormatter.ofPattern("MMMM yyyy", DutchTime.formatLocale(getLocale()))));
        province.addValueChangeListener(e -> render());
        month.addValueChangeListener(e -> render());
        var filters = new HorizontalLayout(province, month);
        filters.addClassName("ot-filters");
        filters.setWrap(true);
        list.addClassName("ot-session-list");
        list.setId("catalogue");
        add(new Paragraph(getTranslation("catalogue.intro")), filters, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        byCode = provinces.all().stream().collect(Collectors.toMap(Province::getCode, Function.identity()));
        sessions = planning.publicSessions(null, null);
        seats = seatCounts.of(sessions.stream().map(SessionFacts::id).toList());
        province.setItems(provinces.all());
        month.setItems(sessions.stream().map(s -> YearMonth.from(DutchTime.inAmsterdam(s.startsAt()))).distinct().sorted().toList());
        event.getLocation().getQueryParameters().getSingleParameter("provincie")
                .flatMap(code -> provinces.find(code)).ifPresent(province::setValue);
        render();
    }

    private void render() {
        list.removeAll();
        var shown = sessions.stream()
                .filter(s -> province.getValue() == null || Objects.equals(province.getValue().getCode(), s.provinceCode()))
                .filter(s -> month.getValue() == null || YearMonth.from(DutchTime.inAmsterdam(s.startsAt())).equals(month.getValue()))
                .toList();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("catalogue.none")));
        }
        shown.forEach(s -> list.add(card(s)));
    }

    private Div card(SessionFacts s) {
        var card = new Div();
        card.addClassName("ot-session-card");
        var where = new Span(byCode.containsKey(s.provinceCode()) ? byCode.get(s.provinceCode()).getName() : s.provinceCode());
        where.addClassName("ot-session-province");
        var title = new H2(); // under the page's h1 (WCAG: headings go down one level at a time)
        title.add(new Anchor("sessies/" + s.id(), s.title()));
        var when = new Paragraph(DutchTime.period(s.startsAt(), s.endsAt(), getLocale()));
        when.addClassName("ot-session-when");
        var place = new Paragraph((s.place().name() == null ? "" : s.place().name() + " · ") + getTranslation("format." + s.format().name()));
        place.addClassName("ot-session-place");
        int left = seats.getOrDefault(s.id(), SeatCounts.Count.NONE).seatsLeft(s.capacity());
        var seatsLeft = new Span(left > 0 ? getTranslation("catalogue.seats-left", left)
                : getTranslation("catalogue.full-waitlist"));
        seatsLeft.addClassNames("ot-badge", left > 0 ? "ot-badge-ok" : "ot-badge-muted");
        card.add(where, title, when, place, seatsLeft);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalogue.title");
    }
}
