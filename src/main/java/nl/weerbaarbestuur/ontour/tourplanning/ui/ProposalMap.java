package nl.weerbaarbestuur.ontour.tourplanning.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.planning.SessionFilter;
import nl.weerbaarbestuur.ontour.planning.SessionStatus;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.ui.ProvinceMap;
import nl.weerbaarbestuur.ontour.tourplanning.ProposedSession;
import org.jspecify.annotations.Nullable;

/**
 * The planning overview's map with a proposal over it: the fill is what the tour has now (read once
 * per tour, and again after accepting), the orange outline marks the provinces where the plan
 * proposes a session that is not taken over yet. The proposal changes every second while the
 * planner runs; the database is not asked again for that.
 */
class ProposalMap extends Div {

    private final TourService tours;
    private final PlanningService planning;
    private final ProvinceMap map = new ProvinceMap();
    private List<ProvinceMap.Entry> coverage = List.of();
    private @Nullable Long tourId;

    ProposalMap(TourService tours, PlanningService planning) {
        this.tours = tours;
        this.planning = planning;
        addClassName("tp-map");
        map.setId("province-map");
        var hint = new Paragraph(getTranslation("tourplan.ui.map.hint"));
        hint.addClassName("ot-muted");
        add(new H2(getTranslation("tourplan.ui.map.heading")), hint, map);
    }

    /** Reads the tour's coverage (again): after choosing a tour, and after accepting. */
    void loadCoverage(long tour) {
        tourId = tour;
        Map<String, Long> counts = planning.search(new SessionFilter(tour, null, null, null, null, null)).stream()
                .filter(s -> s.status() != SessionStatus.CANCELLED)
                .collect(Collectors.groupingBy(SessionFacts::provinceCode, Collectors.counting()));
        coverage = tours.coverage(tour).entrySet().stream()
                .map(e -> new ProvinceMap.Entry(e.getKey(), e.getValue(), counts.getOrDefault(e.getKey().getCode(), 0L)))
                .toList();
    }

    /** Marks the provinces with a placed proposal that may still be accepted. */
    void show(List<ProposedSession> proposals, Set<String> accepted) {
        var perProvince = new TreeMap<String, Integer>();
        proposals.stream()
                .filter(p -> ProposalList.acceptable(p) && !accepted.contains(p.key()))
                .forEach(p -> perProvince.merge(p.provinceCode(), 1, Integer::sum));
        var marks = new TreeMap<String, String>();
        perProvince.forEach((code, count) -> marks.put(code, getTranslation("tourplan.ui.map.note", count)));
        map.show(coverage, tourId, marks, getTranslation("tourplan.ui.map.mark"));
    }

    ProvinceMap provinceMap() {
        return map;
    }
}
