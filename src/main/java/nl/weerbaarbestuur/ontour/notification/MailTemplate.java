package nl.weerbaarbestuur.ontour.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An organiser's own subject and body for one type of e-mail in one language, replacing the default. */
@Entity
@Table(name = "mail_template")
class MailTemplate {

    static final int SUBJECT_MAX = 200;
    static final int BODY_MAX = 6000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "message_type", nullable = false, length = 40)
    private MailType type;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(nullable = false, length = SUBJECT_MAX)
    private String subject;

    @Column(nullable = false, length = BODY_MAX)
    private String body;

    @Column(name = "updated_by", nullable = false, length = 254)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected MailTemplate() {
    }

    MailTemplate(MailType type, String language, String subject, String body, String by, Instant now) {
        this.type = type;
        this.language = language;
        this.subject = subject;
        this.body = body;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    void change(String newSubject, String newBody, String by, Instant now) {
        this.subject = newSubject;
        this.body = newBody;
        this.updatedBy = by;
        this.updatedAt = now;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
