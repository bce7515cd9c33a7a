package nl.weerbaarbestuur.ontour.province;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
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

    @Transactional(readOnly = true)
    public Optional<Province> find(String codeOrName) {
        if (codeOrName == null || codeOrName.isBlank()) {
            return Optional.empty();
        }
        var key = codeOrName.strip();
        return provinces.findById(key.toUpperCase(Locale.ROOT)).or(() -> provinces.findByNameIgnoreCase(key));
    }
}
