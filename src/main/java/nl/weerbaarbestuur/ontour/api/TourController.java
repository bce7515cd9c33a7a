package nl.weerbaarbestuur.ontour.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashMap;
import java.util.List;
import nl.weerbaarbestuur.ontour.planning.Coverage;
import nl.weerbaarbestuur.ontour.planning.TourService;
import nl.weerbaarbestuur.ontour.planning.VenueService;
import nl.weerbaarbestuur.ontour.province.Province;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** What a planning script needs to look up: the tours (with their coverage) and the venues of a province. */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Planning")
@SecurityRequirement(name = OpenApiConfiguration.BEARER)
@SecurityRequirement(name = OpenApiConfiguration.BASIC)
class TourController {

    private final TourService tours;
    private final VenueService venues;
    private final ProvinceService provinces;

    TourController(TourService tours, VenueService venues, ProvinceService provinces) {
        this.tours = tours;
        this.venues = venues;
        this.provinces = provinces;
    }

    @GetMapping("/tours")
    @Operation(summary = "All tours, newest first, with per province whether a session is planned or held")
    List<TourView> tours() {
        return tours.all().stream().map(tour -> {
            var coverage = new LinkedHashMap<String, Coverage>();
            tours.coverage(tour.getId()).forEach((province, value) -> coverage.put(province.getCode(), value));
            return new TourView(tour.getId(), tour.getName(), tour.getDescription(), tour.getStartsOn(), tour.getEndsOn(),
                    tour.getOrganiserEmail(), tour.getVersion(), tour.getRetentionDays(), coverage);
        }).toList();
    }

    @GetMapping("/venues")
    @Operation(summary = "The venues of a province, the provinciehuis first")
    List<VenueView> venues(@Parameter(description = "A province by code or name", example = "FR") @RequestParam String province) {
        var code = provinces.find(province).map(Province::getCode).orElseThrow(() -> new InvalidInputException(
                List.of(new FieldError("province", "api.error.province-unknown"))));
        return venues.optionsFor(code).stream().map(VenueView::of).toList();
    }
}
