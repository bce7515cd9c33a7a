package nl.weerbaarbestuur.ontour.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * One look at personal data by a staff member. Written once, never changed; removed only by the
 * retention period ({@link AccessLog#purgeOlderThan}).
 */
@Entity
@Table(name = "access_log")
public class AccessLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "accessed_at", nullable = false)
    private Instant accessedAt;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "account_email", nullable = false, length = 254)
    private String accountEmail;

    @Column(name = "account_name", length = 120)
    private String accountName;

    @Column(name = "account_role", nullable = false, length = 20)
    private String accountRole;

    /** Comma-separated province codes a griffie could see; null: every province. */
    @Column(name = "scope", length = 200)
    private @Nullable String scope;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "access_action", nullable = false, length = 30)
    private AccessAction action;

    @Column(name = "training_session_id")
    private @Nullable Long sessionId;

    @Column(name = "session_title", length = 200)
    private @Nullable String sessionTitle;

    @Column(name = "registration_id")
    private @Nullable Long registrationId;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    protected AccessLogEntry() {
    }

    AccessLogEntry(Instant accessedAt, Long accountId, String accountEmail, String accountName, String accountRole,
                   @Nullable Set<String> scope, AccessAction action, @Nullable Long sessionId, @Nullable String sessionTitle,
                   @Nullable Long registrationId,
                   int rowCount) {
        this.accessedAt = accessedAt;
        this.accountId = accountId;
        this.accountEmail = accountEmail;
        this.accountName = cut(accountName, 120);
        this.accountRole = accountRole;
        this.scope = scope == null ? null : cut(scope.stream().sorted().collect(Collectors.joining(",")), 200);
        this.action = action;
        this.sessionId = sessionId;
        this.sessionTitle = cut(sessionTitle, 200);
        this.registrationId = registrationId;
        this.rowCount = rowCount;
    }

    @Contract("!null, _ -> !null")
    private static @Nullable String cut(@Nullable String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    /** Whether a person of this province could have been on what was seen. */
    public boolean covers(String provinceCode) {
        return scope == null || Arrays.asList(scope.split(",")).contains(provinceCode);
    }

    public Long getId() {
        return id;
    }

    public Instant getAccessedAt() {
        return accessedAt;
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getAccountEmail() {
        return accountEmail;
    }

    public String getAccountName() {
        return accountName;
    }

    public String getAccountRole() {
        return accountRole;
    }

    public @Nullable String getScope() {
        return scope;
    }

    public AccessAction getAction() {
        return action;
    }

    public @Nullable Long getSessionId() {
        return sessionId;
    }

    public @Nullable String getSessionTitle() {
        return sessionTitle;
    }

    public @Nullable Long getRegistrationId() {
        return registrationId;
    }

    public int getRowCount() {
        return rowCount;
    }
}
