package nl.weerbaarbestuur.ontour.province;

import nl.weerbaarbestuur.ontour.shared.FieldChecks;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read access to the twelve provinces, by code ("GR") or by name ("Groningen", "Fryslân"). */
@Service
public class ProvinceService {

    private final ProvinceRepository provinces;

    ProvinceService(ProvinceRepository provinces) {
        this.provinces = provinces;
    }

    @Transactional(readOnly = true)
    public List<Province> all() {
        return provinces.findAllByOrderByNameAsc();
    }

    /** Organisers correct the provinciehuis address or the number of seats (data, not code). */
    @RolesAllowed("ORGANISER")
    @Transactional
    public Province correct(String code, long expectedVersion, String venueName, String venueStreet, String venuePostcode,
                            String venueCity, int psSeats) {
        var errors = new ArrayList<FieldError>();
        FieldChecks.text(errors, "venueName", venueName, 120, true);
        FieldChecks.text(errors, "venueStreet", venueStreet, 120, true);
        FieldChecks.text(errors, "venuePostcode", venuePostcode, 10, true);
        FieldChecks.text(errors, "venueCity", venueCity, 60, true);
        if (psSeats < 1 || psSeats > 200) {
            errors.add(new FieldError("psSeats", "province.error.seats", 1, 200));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        var province = provinces.findById(code).orElseThrow(() -> new NotFoundException("province", code));
        if (province.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Province.class, code);
        }
        province.correct(venueName.strip(), venueStreet.strip(), venuePostcode.strip(), venueCity.strip(), psSeats);
        return province;
    }


    @Transactional(readOnly = true)
    public Optional<Province> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        var key = codeOrName.strip();
        return provinces.findById(key.toUpperCase(Locale.ROOT)).or(() -> provinces.findByNameIgnoreCase(key));
    }
}
