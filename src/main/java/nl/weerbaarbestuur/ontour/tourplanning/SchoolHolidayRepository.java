package nl.weerbaarbestuur.ontour.tourplanning;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SchoolHolidayRepository extends JpaRepository<SchoolHolidayPeriod, Long> {

    List<SchoolHolidayPeriod> findBySchoolYearOrderByFirstDayAscRegionAsc(int schoolYear);

    /** The holidays that touch the period from {@code first} to {@code last}. */
    @Query("select h from SchoolHolidayPeriod h where h.lastDay >= :first and h.firstDay <= :last order by h.firstDay, h.region")
    List<SchoolHolidayPeriod> touching(LocalDate first, LocalDate last);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from SchoolHolidayPeriod h where h.schoolYear = :schoolYear")
    int deleteBySchoolYear(int schoolYear);
}
