package nl.weerbaarbestuur.ontour.security;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/**
 * An account of an organiser, a griffie user or a trainer. The account guards its own rules: a
 * griffie account always covers at least one province, other roles none.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254, unique = true)
    private String email;

    @Column(name = "display_name", nullable = false, length = 120)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Column(nullable = false, length = 20)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Role role;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_province", joinColumns = @JoinColumn(name = "user_account_id"))
    @Column(name = "province_code", length = 2, nullable = false)
    private Set<String> provinceCodes = new TreeSet<>();

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_login_at")
    private @Nullable Instant lastLoginAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    UserAccount(String email, String displayName, Role role, Set<String> provinceCodes, String passwordHash, Instant createdAt) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = createdAt;
        this.role = role; // assign() sets it again after its checks; NullAway does not look into it
        assign(role, provinceCodes);
    }

    void assign(Role newRole, @Nullable Set<String> newProvinceCodes) {
        var codes = newProvinceCodes == null ? Set.<String>of() : newProvinceCodes;
        if (newRole == Role.GRIFFIE && codes.isEmpty()) {
            throw new BusinessRuleException("user.error.griffie-needs-province");
        }
        this.role = newRole;
        this.provinceCodes.clear();
        if (newRole == Role.GRIFFIE) {
            this.provinceCodes.addAll(codes);
        }
    }

    void rename(String newDisplayName) {
        this.displayName = newDisplayName;
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
    }

    void deactivate() {
        this.active = false;
    }

    void activate() {
        this.active = true;
    }

    /** The service records sign-ins with a bulk update (see UserAccountRepository.recordLogin). */
    void recordLogin(Instant when) {
        this.lastLoginAt = when;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Set<String> getProvinceCodes() {
        return Collections.unmodifiableSet(provinceCodes);
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public long getVersion() {
        return version;
    }
}
