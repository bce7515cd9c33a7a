package nl.weerbaarbestuur.ontour.griffie;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One export of an attendee list: personal data left the application, so organisers can see who took it. */
@Entity
@Table(name = "export_log")
public class ExportLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_email", nullable = false, length = 254)
    private String accountEmail;

    @Column(name = "training_session_id", nullable = false)
    private long sessionId;

    @Column(name = "session_title", nullable = false, length = 200)
    private String sessionTitle;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "export_format", nullable = false, length = 10)
    private ExportFormat format;

    @Column(name = "row_count", nullable = false)
    private int rowCount;

    @Column(name = "exported_at", nullable = false)
    private Instant exportedAt;

    protected ExportLogEntry() {
    }

    ExportLogEntry(String accountEmail, long sessionId, String sessionTitle, ExportFormat format, int rowCount,
                   Instant exportedAt) {
        this.accountEmail = accountEmail;
        this.sessionId = sessionId;
        this.sessionTitle = sessionTitle.length() > 200 ? sessionTitle.substring(0, 200) : sessionTitle;
        this.format = format;
        this.rowCount = rowCount;
        this.exportedAt = exportedAt;
    }

    public Long getId() {
        return id;
    }

    public String getAccountEmail() {
        return accountEmail;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getSessionTitle() {
        return sessionTitle;
    }

    public ExportFormat getFormat() {
        return format;
    }

    public int getRowCount() {
        return rowCount;
    }

    public Instant getExportedAt() {
        return exportedAt;
    }
}
