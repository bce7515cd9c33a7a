package nl.weerbaarbestuur.ontour.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A programme of sessions, e.g. "Weerbaar Bestuur On Tour 2027"; its mailbox organises the invites. */
@Entity
@Table(name = "tour")
public class Tour {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 160)
    private String name;

    @Column(length = 4000)
    private @Nullable String description;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "organiser_email", nullable = false, length = 254)
    private String organiserEmail;

    /** Days before a session on which participants get a reminder, e.g. "7,1"; null: the application default. */
    @Column(name = "reminder_days", length = 40)
    private @Nullable String reminderDays;

    /** Days after a session ends before its registrations are anonymised (30-730; the service checks). */
    @Column(name = "retention_days", nullable = false)
    private int retentionDays = 90;

    @Version
    private long version;

    protected Tour() {
    }

    public Tour(String name, @Nullable String description, LocalDate startsOn, LocalDate endsOn, String organiserEmail) {
        this.name = name;
        this.description = description;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.organiserEmail = organiserEmail;
    }

    void revise(String newName, @Nullable String newDescription, LocalDate newStartsOn, LocalDate newEndsOn, String newOrganiserEmail) {
        this.name = newName;
        this.description = newDescription;
        this.startsOn = newStartsOn;
        this.endsOn = newEndsOn;
        this.organiserEmail = newOrganiserEmail;
    }

    void changeReminderDays(@Nullable List<Integer> days) {
        this.reminderDays = days == null ? null
                : String.join(",", days.stream().sorted((a, b) -> b - a).map(String::valueOf).toList());
    }

    /** The tour's own reminder days, largest first; empty when the tour follows the application default. */
    public List<Integer> getReminderDays() {
        if (reminderDays == null || reminderDays.isBlank()) {
            return List.of();
        }
        return Arrays.stream(reminderDays.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    void changeRetentionDays(int days) {
        this.retentionDays = days;
    }

    public int getRetentionDays() {
        return retentionDays;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getOrganiserEmail() {
        return organiserEmail;
    }

    public long getVersion() {
        return version;
    }
}
