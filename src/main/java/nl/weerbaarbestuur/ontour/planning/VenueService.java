package nl.weerbaarbestuur.ontour.planning;

import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Venues per province; the provinciehuis is always there and offered first. */
@Service
public class VenueService {

    /** What an organiser enters for a venue. */
    public record VenueInput(String provinceCode, String name, String street, String postcode, String city, String room,
                             String accessibilityNotes, BigDecimal latitude, BigDecimal longitude) {
    }

    private final VenueRepository venues;
    private final ProvinceService provinces;

    VenueService(VenueRepository venues, ProvinceService provinces) {
        this.venues = venues;
        this.provinces = provinces;
    }

    /**
     * The venues of a province, the provinciehuis first (created from the province's data the
     * first time it is asked for).
     */
    @PermitAll
    @Transactional
    public List<Venue> optionsFor(String provinceCode) {
        var province = provinces.find(provinceCode).orElseThrow(() -> new NotFoundException("province", provinceCode));
        var list = new ArrayList<>(venues.findByProvinceCodeOrderByNameAsc(province.getCode()));
        var provinciehuis = list.stream()
                .filter(v -> v.getName().equals(province.getVenueName()) && v.getStreet().equals(province.getVenueStreet()))
                .findFirst()
                .orElseGet(() -> {
                    var created = venues.save(new Venue(province.getCode(), province.getVenueName(), province.getVenueStreet(),
                            province.getVenuePostcode(), province.getVenueCity(), null));
                    list.add(created);
                    return created;
                });
        list.sort(Comparator.comparing((Venue v) -> v != provinciehuis).thenComparing(Venue::getName));
        return list;
    }

    @PermitAll
    @Transactional(readOnly = true)
    public Venue get(long id) {
        return venues.findById(id).orElseThrow(() -> new NotFoundException("venue", id));
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Venue create(VenueInput input) {
        validate(input);
        var venue = new Venue(input.provinceCode().toUpperCase(), input.name().strip(), input.street().strip(),
                input.postcode().strip(), input.city().strip(), FieldChecks.blankToNull(input.room()));
        venue.revise(venue.getName(), venue.getStreet(), venue.getPostcode(), venue.getCity(), venue.getRoom(),
                FieldChecks.blankToNull(input.accessibilityNotes()), input.latitude(), input.longitude());
        return venues.save(venue);
    }

    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public Venue update(long id, long expectedVersion, VenueInput input) {
        var venue = get(id);
        if (venue.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Venue.class, id);
        }
        validate(input);
        venue.revise(input.name().strip(), input.street().strip(), input.postcode().strip(), input.city().strip(),
                FieldChecks.blankToNull(input.room()), FieldChecks.blankToNull(input.accessibilityNotes()), input.latitude(), input.longitude());
        return venue;
    }

    private void validate(VenueInput input) {
        var errors = new ArrayList<FieldError>();
        if (input.provinceCode() == null || provinces.find(input.provinceCode()).isEmpty()) {
            errors.add(new FieldError("province", "session.error.province-required"));
        }
        FieldChecks.text(errors, "name", input.name(), 160, true);
        FieldChecks.text(errors, "street", input.street(), 120, true);
        FieldChecks.text(errors, "postcode", input.postcode(), 10, true);
        FieldChecks.text(errors, "city", input.city(), 60, true);
        FieldChecks.text(errors, "room", input.room(), 120, false);
        FieldChecks.text(errors, "accessibilityNotes", input.accessibilityNotes(), 2000, false);
        if (input.latitude() != null && (input.latitude().doubleValue() < 50 || input.latitude().doubleValue() > 54)) {
            errors.add(new FieldError("latitude", "venue.error.latitude"));
        }
        if (input.longitude() != null && (input.longitude().doubleValue() < 3 || input.longitude().doubleValue() > 8)) {
            errors.add(new FieldError("longitude", "venue.error.longitude"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }


}
