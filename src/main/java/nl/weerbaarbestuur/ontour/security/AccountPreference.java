package nl.weerbaarbestuur.ontour.security;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** One remembered choice of a staff account, e.g. which columns its attendee list shows. */
@Entity
@Table(name = "account_preference")
class AccountPreference {

    @Embeddable
    record Key(@Column(name = "user_account_id") long accountId, @Column(name = "name") String name) implements Serializable {
    }

    @EmbeddedId
    private Key key;

    @Column(name = "pref_value", nullable = false, length = 1000)
    private String value;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected AccountPreference() {
    }

    AccountPreference(Key key, String value, Instant changedAt) {
        this.key = key;
        change(value, changedAt);
    }

    void change(String value, Instant changedAt) {
        this.value = value;
        this.changedAt = changedAt;
    }

    String getValue() {
        return value;
    }
}
