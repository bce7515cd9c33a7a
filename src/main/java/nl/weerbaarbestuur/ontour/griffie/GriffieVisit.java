package nl.weerbaarbestuur.ontour.griffie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** When a user last opened the griffie home; keyed by e-mail, as accounts are known everywhere by it. */
@Entity
@Table(name = "griffie_visit")
class GriffieVisit {

    @Id
    @Column(name = "account_email", length = 254)
    private String accountEmail;

    @Column(name = "last_visit_at", nullable = false)
    private Instant lastVisitAt;

    protected GriffieVisit() {
    }

    GriffieVisit(String accountEmail, Instant lastVisitAt) {
        this.accountEmail = accountEmail;
        this.lastVisitAt = lastVisitAt;
    }

    Instant getLastVisitAt() {
        return lastVisitAt;
    }

    void visitedAt(Instant now) {
        this.lastVisitAt = now;
    }
}
