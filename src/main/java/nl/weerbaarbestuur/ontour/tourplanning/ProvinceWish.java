package nl.weerbaarbestuur.ontour.tourplanning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * What one province (its griffie) said for one tour, and how many sessions the organisers want
 * there. Made the first time either side writes; until the griffie saves, it is not answered.
 */
@Entity
@Table(name = "province_wish")
class ProvinceWish {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "tour_id", nullable = false)
    private long tourId;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(name = "sessions_wanted", nullable = false)
    private int sessionsWanted = 1;

    @Column(name = "part_of_day", length = 20)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Enumerated(EnumType.STRING)
    private @Nullable PartOfDay partOfDay;

    /** The preferred weekdays, e.g. "TUESDAY,THURSDAY"; null for none. */
    @Column(length = 80)
    private @Nullable String weekdays;

    @Column(name = "answered_at")
    private @Nullable Instant answeredAt;

    /** The account that saved the answer (a griffie user, or an organiser on its behalf). */
    @Column(name = "answered_by")
    private @Nullable Long answeredBy;

    @Column(name = "reminded_at")
    private @Nullable Instant remindedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "province_unsuitable_date", joinColumns = @JoinColumn(name = "province_wish_id"))
    @MapKeyColumn(name = "unsuitable_on")
    @Column(name = "reason", nullable = false, length = 60)
    private Map<LocalDate, String> unsuitableDates = new TreeMap<>();

    @Version
    private long version;

    protected ProvinceWish() {
    }

    ProvinceWish(long tourId, String provinceCode) {
        this.tourId = tourId;
        this.provinceCode = provinceCode;
    }

    /** The griffie's whole answer, replacing the previous one; an empty map means "every date suits". */
    void answer(Map<LocalDate, String> dates, @Nullable PartOfDay preferredPartOfDay, Set<DayOfWeek> preferredWeekdays,
                Instant at, long byAccount) {
        unsuitableDates.keySet().retainAll(dates.keySet());
        unsuitableDates.putAll(dates);
        this.partOfDay = preferredPartOfDay;
        this.weekdays = preferredWeekdays.isEmpty() ? null : EnumSet.copyOf(preferredWeekdays).stream()
                .map(DayOfWeek::name).collect(Collectors.joining(","));
        this.answeredAt = at;
        this.answeredBy = byAccount;
    }

    void wantSessions(int count) {
        this.sessionsWanted = count;
    }

    void reminded(Instant at) {
        this.remindedAt = at;
    }

    Long getId() {
        return id;
    }

    long getTourId() {
        return tourId;
    }

    String getProvinceCode() {
        return provinceCode;
    }

    int getSessionsWanted() {
        return sessionsWanted;
    }

    @Nullable PartOfDay getPartOfDay() {
        return partOfDay;
    }

    Set<DayOfWeek> getWeekdays() {
        if (weekdays == null || weekdays.isBlank()) {
            return Set.of();
        }
        var days = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(weekdays.split(",")).map(String::strip).filter(s -> !s.isEmpty()).map(DayOfWeek::valueOf)
                .forEach(days::add);
        return Collections.unmodifiableSet(days);
    }

    boolean isAnswered() {
        return answeredAt != null;
    }

    @Nullable Instant getAnsweredAt() {
        return answeredAt;
    }

    @Nullable Instant getRemindedAt() {
        return remindedAt;
    }

    /** The dates that do not suit, in date order, with their reasons. */
    Map<LocalDate, String> getUnsuitableDates() {
        return Collections.unmodifiableMap(new TreeMap<>(unsuitableDates));
    }
}
