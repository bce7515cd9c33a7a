package nl.weerbaarbestuur.ontour.tourplanning;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The days a trainer cannot lead a session and the most sessions they take on in one week, entered
 * by an organiser for the trainer (trainers have no say in the application yet). No reasons: why a
 * trainer is away is theirs.
 */
@Entity
@Table(name = "trainer_unavailability")
class TrainerUnavailability {

    @Id
    @Column(name = "trainer_id")
    private Long trainerId;

    @Column(name = "max_per_week")
    private @Nullable Integer maxPerWeek;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "trainer_unavailable_date", joinColumns = @JoinColumn(name = "trainer_id"))
    @Column(name = "unavailable_on", nullable = false)
    private Set<LocalDate> dates = new TreeSet<>();

    @Version
    private long version;

    protected TrainerUnavailability() {
    }

    TrainerUnavailability(long trainerId) {
        this.trainerId = trainerId;
    }

    void change(Set<LocalDate> unavailable, @Nullable Integer max) {
        dates.retainAll(unavailable);
        dates.addAll(unavailable);
        this.maxPerWeek = max;
    }

    long getTrainerId() {
        return trainerId;
    }

    @Nullable Integer getMaxPerWeek() {
        return maxPerWeek;
    }

    Set<LocalDate> getDates() {
        return Collections.unmodifiableSet(new TreeSet<>(dates));
    }

    long getVersion() {
        return version;
    }
}
