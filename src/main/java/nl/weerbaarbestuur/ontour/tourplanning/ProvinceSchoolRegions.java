package nl.weerbaarbestuur.ontour.tourplanning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A province's school regions where an organiser chose them over the default. */
@Entity
@Table(name = "province_school_regions")
class ProvinceSchoolRegions {

    @Id
    @Column(name = "province_code", length = 2)
    private String provinceCode;

    /** E.g. "NOORD,MIDDEN"; never empty. */
    @Column(nullable = false, length = 30)
    private String regions;

    @Version
    private long version;

    protected ProvinceSchoolRegions() {
    }

    ProvinceSchoolRegions(String provinceCode, Set<SchoolRegion> regions) {
        this.provinceCode = provinceCode;
        this.regions = join(regions);
    }

    void change(Set<SchoolRegion> newRegions) {
        this.regions = join(newRegions);
    }

    String getProvinceCode() {
        return provinceCode;
    }

    Set<SchoolRegion> getRegions() {
        var result = EnumSet.noneOf(SchoolRegion.class);
        Arrays.stream(regions.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(SchoolRegion::valueOf)
                .forEach(result::add);
        return result;
    }

    private static String join(Set<SchoolRegion> regions) {
        return EnumSet.copyOf(regions).stream().map(SchoolRegion::name).collect(Collectors.joining(","));
    }
}
