package nl.weerbaarbestuur.ontour.privacy;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** One run of the retention job: when, how it was started, and per rule how many items it removed. Counts only. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Column(name = "trigger_kind", nullable = false, length = 20)
    private String trigger;

    @Column(name = "failed_steps", nullable = false)
    private int failedSteps;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "retention_run_count", joinColumns = @JoinColumn(name = "retention_run_id"))
    @MapKeyColumn(name = "rule_name", length = 40)
    @Column(name = "removed", nullable = false)
    private Map<String, Integer> counts = new LinkedHashMap<>();

    protected RetentionRun() {
    }

    RetentionRun(Instant startedAt, Instant finishedAt, String trigger, Map<String, Integer> counts, int failedSteps) {
        this.startedAt = startedAt;
        this.finishedAt = finishedAt;
        this.trigger = trigger;
        this.counts = new LinkedHashMap<>(counts);
        this.failedSteps = failedSteps;
    }

    public Long getId() {
        return id;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    /** SCHEDULE (the daily job) or ORGANISER ("Nu uitvoeren"). */
    public String getTrigger() {
        return trigger;
    }

    public int getFailedSteps() {
        return failedSteps;
    }

    /** Per rule, how many items it removed; a rule that failed is missing. */
    public Map<String, Integer> getCounts() {
        return Map.copyOf(counts);
    }

    public int total() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
