package nl.weerbaarbestuur.ontour.registration;

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
import java.util.EnumSet;
import java.util.Set;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.MessageKey;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One person's registration for one session. It guards its own transitions (as in
 * spring-restbucks' Order): a cancelled registration never becomes confirmed again, an expired
 * one cannot be confirmed, only a waitlisted one can be promoted.
 */
@Entity
@Table(name = "registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "training_session_id", nullable = false)
    private long sessionId;

    @Column(name = "full_name", nullable = false, length = 120)
    private String fullName;

    @Column(nullable = false, length = 254)
    private String email;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "participant_function", nullable = false, length = 30)
    private ParticipantFunction function;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(length = 80)
    private String fractie;

    @Column(name = "accessibility_needs", length = 1000)
    private String accessibilityNeeds;

    @Column(name = "dietary_needs", length = 500)
    private String dietaryNeeds;

    @Column(length = 1000)
    private String remarks;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private RegistrationStatus status;

    @Column(name = "confirmation_token_hash", length = 64)
    private String confirmationTokenHash;

    @Column(name = "manage_token_hash", nullable = false, length = 64)
    private String manageTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    @Column(name = "waitlist_position")
    private Long waitlistPosition;

    @Column(name = "promoted_at")
    private Instant promotedAt;

    @Column(name = "cancelled_at")
    private Instant cancelledAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "made_by_kind", nullable = false, length = 20)
    private MadeBy madeBy;

    @Column(name = "made_by_account", length = 254)
    private String madeByAccount;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @Column(name = "person_key", length = 64)
    private String personKey;

    /** On location or online, for a hybrid session only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "attendance_mode", length = 20)
    private AttendanceMode attendance;

    @Version
    private long version;

    /** What an anonymised registration shows instead of the name. */
    public static final String ANONYMISED_NAME = "Geanonimiseerd";
    /** The domain of an anonymised registration's address: the reserved TLD .invalid never receives mail (RFC 2606). */
    public static final String ANONYMISED_DOMAIN = "anoniem.invalid";

    protected Registration() {
    }

    private Registration(long sessionId, ParticipantDetails details, MadeBy madeBy, String madeByAccount,
                         String manageTokenHash, Instant now) {
        this.sessionId = sessionId;
        this.fullName = details.fullName();
        this.email = details.email();
        this.function = details.function();
        this.provinceCode = details.provinceCode();
        this.fractie = details.fractie();
        this.accessibilityNeeds = details.accessibilityNeeds();
        this.dietaryNeeds = details.dietaryNeeds();
        this.remarks = details.remarks();
        this.language = details.language();
        this.attendance = details.attendance();
        this.consentAt = now;
        this.madeBy = madeBy;
        this.madeByAccount = madeByAccount;
        this.manageTokenHash = manageTokenHash;
        this.createdAt = now;
        this.statusChangedAt = now;
    }

    /** A participant's own request: waits for the e-mail confirmation until {@code expiresAt}. */
    static Registration requested(long sessionId, ParticipantDetails details, String confirmationTokenHash,
                                  String manageTokenHash, Instant now, Instant expiresAt) {
        var registration = new Registration(sessionId, details, MadeBy.SELF, null, manageTokenHash, now);
        registration.status = RegistrationStatus.PENDING_CONFIRMATION;
        registration.confirmationTokenHash = confirmationTokenHash;
        registration.expiresAt = expiresAt;
        return registration;
    }

    /** Made by a griffie user or organiser: no opt-in, the seat is allocated right away. */
    static Registration onBehalf(long sessionId, ParticipantDetails details, MadeBy madeBy, String account,
                                 String manageTokenHash, Instant now) {
        var registration = new Registration(sessionId, details, madeBy, account, manageTokenHash, now);
        registration.status = RegistrationStatus.PENDING_CONFIRMATION;
        return registration;
    }

    void awaitApproval(Instant now) {
        move(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION), RegistrationStatus.AWAITING_APPROVAL, now);
        confirmedAt = now;
    }

    void takeSeat(Instant now) {
        move(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION, RegistrationStatus.AWAITING_APPROVAL),
                RegistrationStatus.CONFIRMED, now);
        if (confirmedAt == null) {
            confirmedAt = now;
        }
    }

    void joinWaitlist(long position, Instant now) {
        move(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION, RegistrationStatus.AWAITING_APPROVAL),
                RegistrationStatus.WAITLISTED, now);
        if (confirmedAt == null) {
            confirmedAt = now;
        }
        waitlistPosition = position;
    }

    void promote(Instant now) {
        move(EnumSet.of(RegistrationStatus.WAITLISTED), RegistrationStatus.CONFIRMED, now);
        promotedAt = now;
    }

    /** Gives this registration's seat to someone else: this one ends, the seat stays taken. */
    Registration substituteBy(ParticipantDetails substitute, MadeBy by, String account, String manageTokenHash, Instant now) {
        move(EnumSet.of(RegistrationStatus.CONFIRMED), RegistrationStatus.CANCELLED, now);
        cancelledAt = now;
        var replacement = new Registration(sessionId, substitute, by, account, manageTokenHash, now);
        replacement.status = RegistrationStatus.CONFIRMED;
        replacement.confirmedAt = now;
        return replacement;
    }

    void reject(Instant now) {
        move(EnumSet.of(RegistrationStatus.AWAITING_APPROVAL), RegistrationStatus.REJECTED, now);
    }

    void expire(Instant now) {
        move(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION), RegistrationStatus.EXPIRED, now);
    }

    /** @return whether the registration held a seat that is now free */
    boolean cancel(Instant now) {
        boolean heldSeat = status == RegistrationStatus.CONFIRMED;
        move(RegistrationStatus.ACTIVE, RegistrationStatus.CANCELLED, now);
        cancelledAt = now;
        return heldSeat;
    }

    void changeNeeds(String newAccessibilityNeeds, String newDietaryNeeds, String newRemarks) {
        if (!status.isActive()) {
            throw new BusinessRuleException("registration.error.not-active");
        }
        this.accessibilityNeeds = newAccessibilityNeeds;
        this.dietaryNeeds = newDietaryNeeds;
        this.remarks = newRemarks;
    }

    /** A griffie or organiser corrects what the person does and belongs to; name and e-mail stay. */
    void changeRole(ParticipantFunction newFunction, String newFractie) {
        if (!status.isActive()) {
            throw new BusinessRuleException("registration.error.not-active");
        }
        this.function = java.util.Objects.requireNonNull(newFunction);
        this.fractie = newFractie;
    }

    /**
     * Removes who the person is: name, e-mail, fractie, needs and remarks go, both links stop
     * working (their hashes are replaced by hashes of tokens nobody holds). Province, function,
     * status and the attendance elsewhere stay, so the figures are unchanged; {@code key} (an HMAC
     * of the address) lets the reach figure count the person once. Doing it twice changes nothing.
     *
     * @return whether anything was removed now
     */
    boolean anonymise(String key, String deadManageTokenHash, Instant now) {
        if (anonymisedAt != null) {
            return false;
        }
        if (personKey == null) {
            personKey = key;
        }
        fullName = ANONYMISED_NAME;
        email = "geanonimiseerd-" + id + "@" + ANONYMISED_DOMAIN;
        fractie = null;
        accessibilityNeeds = null;
        dietaryNeeds = null;
        remarks = null;
        confirmationTokenHash = null;
        manageTokenHash = deadManageTokenHash;
        anonymisedAt = now;
        return true;
    }

    /** The venue's needs (accessibility, diet) served the session only. @return whether there were any */
    boolean clearNeeds() {
        if (accessibilityNeeds == null && dietaryNeeds == null) {
            return false;
        }
        accessibilityNeeds = null;
        dietaryNeeds = null;
        return true;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    String getPersonKey() {
        return personKey;
    }

    void replaceManageToken(String newHash) {
        this.manageTokenHash = newHash;
    }

    boolean isExpired(Instant now) {
        return status == RegistrationStatus.PENDING_CONFIRMATION && expiresAt != null && !now.isBefore(expiresAt);
    }

    private void move(Set<RegistrationStatus> allowedFrom, RegistrationStatus to, Instant now) {
        if (!allowedFrom.contains(status)) {
            throw new BusinessRuleException("registration.error.transition",
                    new MessageKey("registration.status." + status.name()), new MessageKey("registration.status." + to.name()));
        }
        status = to;
        statusChangedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getSessionId() {
        return sessionId;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public ParticipantFunction getFunction() {
        return function;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getFractie() {
        return fractie;
    }

    public String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public String getRemarks() {
        return remarks;
    }

    public String getLanguage() {
        return language;
    }

    /** On location or online for a hybrid session; null for any other session. */
    public AttendanceMode getAttendance() {
        return attendance;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getConfirmedAt() {
        return confirmedAt;
    }

    public Long getWaitlistPosition() {
        return waitlistPosition;
    }

    public Instant getPromotedAt() {
        return promotedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public MadeBy getMadeBy() {
        return madeBy;
    }

    public String getMadeByAccount() {
        return madeByAccount;
    }

    String getManageTokenHash() {
        return manageTokenHash;
    }

    public long getVersion() {
        return version;
    }
}
