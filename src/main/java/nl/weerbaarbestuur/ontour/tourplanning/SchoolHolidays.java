package nl.weerbaarbestuur.ontour.tourplanning;

import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import nl.weerbaarbestuur.ontour.province.ProvinceService;
import nl.weerbaarbestuur.ontour.security.Role;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException;
import nl.weerbaarbestuur.ontour.shared.InvalidInputException.FieldError;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * School holidays per region (Noord, Midden, Zuid), entered by organisers per school year from the
 * published list (the application fetches nothing at run time), and the school regions of each
 * province: the default ({@link PlanningInputReader#DEFAULT_REGIONS}) unless an organiser chose others.
 */
@Service
public class SchoolHolidays {

    private static final Logger log = LoggerFactory.getLogger(SchoolHolidays.class);
    /** School years an organiser may enter: from 2000-2001 to 2099-2100. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private final SchoolHolidayRepository holidays;
    private final ProvinceSchoolRegionsRepository regions;
    private final ProvinceService provinces;

    SchoolHolidays(SchoolHolidayRepository holidays, ProvinceSchoolRegionsRepository regions, ProvinceService provinces) {
        this.holidays = holidays;
        this.regions = regions;
        this.provinces = provinces;
    }

    /** The holidays of one school year (2026 for 2026-2027), by first day and region. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public List<SchoolHolidayList.Entry> ofYear(int schoolYear) {
        return holidays.findBySchoolYearOrderByFirstDayAscRegionAsc(schoolYear).stream()
                .map(h -> new SchoolHolidayList.Entry(h.getRegion(), h.getName(), h.getFirstDay(), h.getLastDay())).toList();
    }

    /** Reads the pasted lines for a school year; stores nothing. */
    @RolesAllowed(Role.Names.ORGANISER)
    public SchoolHolidayList.Report check(int schoolYear, String text) {
        checkYear(schoolYear);
        return SchoolHolidayList.parse(text, schoolYear);
    }

    /**
     * Replaces the school year's holidays with the pasted lines (an empty text clears the year).
     *
     * @return the report; when it is not {@link SchoolHolidayList.Report#ok() ok}, nothing was saved
     */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public SchoolHolidayList.Report replaceYear(int schoolYear, String text) {
        var report = check(schoolYear, text);
        if (!report.ok()) {
            return report;
        }
        holidays.deleteBySchoolYear(schoolYear);
        holidays.saveAll(report.entries().stream()
                .map(e -> new SchoolHolidayPeriod(schoolYear, e.region(), e.name(), e.firstDay(), e.lastDay())).toList());
        log.info("School holidays of {} replaced: {} holiday(s)", SchoolHolidayList.label(schoolYear), report.entries().size());
        return report;
    }

    /** The school regions of every province (by code): the organisers' choice or the default. */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public Map<String, Set<SchoolRegion>> regions() {
        return effectiveRegions(regions.findAll());
    }

    /** Whether an organiser chose the regions of this province (rather than the default). */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional(readOnly = true)
    public boolean regionsChosen(String provinceCode) {
        return regions.existsById(provinceCode);
    }

    /**
     * Sets a province's school regions; the default set clears the organisers' choice.
     *
     * @throws InvalidInputException when no region is chosen
     */
    @RolesAllowed(Role.Names.ORGANISER)
    @Transactional
    public void changeRegions(String provinceCode, Set<SchoolRegion> chosen) {
        if (provinces.all().stream().noneMatch(p -> p.getCode().equals(provinceCode))) {
            throw new NotFoundException("province", provinceCode);
        }
        if (chosen.isEmpty()) {
            throw new InvalidInputException(List.of(new FieldError("regions", "tourplanning.input.error.regions")));
        }
        var wanted = EnumSet.copyOf(chosen);
        if (wanted.equals(PlanningInputReader.DEFAULT_REGIONS.get(provinceCode))) {
            regions.findById(provinceCode).ifPresent(regions::delete);
            return;
        }
        regions.findById(provinceCode).ifPresentOrElse(r -> r.change(wanted),
                () -> regions.save(new ProvinceSchoolRegions(provinceCode, wanted)));
    }

    /** The defaults with the organisers' choices over them. */
    static Map<String, Set<SchoolRegion>> effectiveRegions(List<ProvinceSchoolRegions> chosen) {
        var result = new TreeMap<String, Set<SchoolRegion>>();
        PlanningInputReader.DEFAULT_REGIONS.forEach((code, regions) -> result.put(code, Set.copyOf(regions)));
        chosen.forEach(c -> result.put(c.getProvinceCode(), Set.copyOf(c.getRegions())));
        return result;
    }

    /** The school year a date falls in (2026 for 1 August 2026 to 31 July 2027). */
    public static int schoolYearOf(LocalDate date) {
        return date.isBefore(SchoolHolidayList.yearStart(date.getYear())) ? date.getYear() - 1 : date.getYear();
    }

    private static void checkYear(int schoolYear) {
        if (schoolYear < FIRST_YEAR || schoolYear > LAST_YEAR) {
            throw new InvalidInputException(List.of(new FieldError("schoolYear", "tourplanning.input.error.school-year")));
        }
    }
}
