package nl.weerbaarbestuur.ontour.tourplanning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One school holiday of one region, as an organiser entered it for a school year (both days inclusive). */
@Entity
@Table(name = "school_holiday")
class SchoolHolidayPeriod {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The year the school year starts in: 2026 for 2026-2027. */
    @Column(name = "school_year", nullable = false)
    private int schoolYear;

    @Column(nullable = false, length = 10)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    private SchoolRegion region;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "first_day", nullable = false)
    private LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    private LocalDate lastDay;

    protected SchoolHolidayPeriod() {
    }

    SchoolHolidayPeriod(int schoolYear, SchoolRegion region, String name, LocalDate firstDay, LocalDate lastDay) {
        this.schoolYear = schoolYear;
        this.region = region;
        this.name = name;
        this.firstDay = firstDay;
        this.lastDay = lastDay;
    }

    int getSchoolYear() {
        return schoolYear;
    }

    SchoolRegion getRegion() {
        return region;
    }

    String getName() {
        return name;
    }

    LocalDate getFirstDay() {
        return firstDay;
    }

    LocalDate getLastDay() {
        return lastDay;
    }

    PlanningInput.SchoolHoliday toInput() {
        return new PlanningInput.SchoolHoliday(region, name, firstDay, lastDay);
    }
}
