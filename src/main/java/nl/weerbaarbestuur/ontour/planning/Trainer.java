package nl.weerbaarbestuur.ontour.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/** A session leader; a trainer account with the same e-mail address sees these sessions. */
@Entity
@Table(name = "trainer")
public class Trainer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @Column(length = 160)
    private @Nullable String organisation;

    @Version
    private long version;

    protected Trainer() {
    }

    public Trainer(String name, String email, @Nullable String organisation) {
        this.name = name;
        this.email = email;
        this.organisation = organisation;
    }

    void revise(String newName, String newEmail, @Nullable String newOrganisation) {
        this.name = newName;
        this.email = newEmail;
        this.organisation = newOrganisation;
    }

    public long getVersion() {
        return version;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public @Nullable String getOrganisation() {
        return organisation;
    }
}
