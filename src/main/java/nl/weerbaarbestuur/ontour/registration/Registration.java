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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationCancelled;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationChanged;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationConfirmed;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationExpired;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.RegistrationWaitlisted;
import nl.weerbaarbestuur.ontour.registration.RegistrationEvents.WaitlistPromoted;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.CalendarAnswer;
import nl.weerbaarbestuur.ontour.shared.MessageKey;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.jspecify.annotations.Nullable;

/**
 * One person's registration for one session. It guards its own transitions (as in
 * spring-restbucks' Order): a cancelled registration never becomes confirmed again, an expired
 * one cannot be confirmed, only a waitlisted one can be promoted. Each transition that other
 * modules hear of registers its event here; the repository publishes them when the registration
 * is saved (Spring Data's {@link AbstractAggregateRoot}), into the event publication registry, so
 * every such change ends with {@code registrations.save(...)}. The events need the id, so a
 * transition that announces itself happens only on a registration that has been saved once.
 * Package-private: other modules (and this module's views) see a registration as an
 * {@link Attendee} through {@link Attendees}, or as its events.
 */
@Entity
@Table(name = "registration")
class Registration extends AbstractAggregateRoot<Registration> {

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
    private @Nullable String fractie;

    @Column(name = "accessibility_needs", length = 1000)
    private @Nullable String accessibilityNeeds;

    @Column(name = "dietary_needs", length = 500)
    private @Nullable String dietaryNeeds;

    @Column(length = 1000)
    private @Nullable String remarks;

    @Column(nullable = false, length = 2)
    private String language;

    @Column(name = "consent_at", nullable = false)
    private Instant consentAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private RegistrationStatus status;

    @Column(name = "confirmation_token_hash", length = 64)
    private @Nullable String confirmationTokenHash;

    @Column(name = "manage_token_hash", nullable = false, length = 64)
    private String manageTokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at")
    private @Nullable Instant expiresAt;

    @Column(name = "confirmed_at")
    private @Nullable Instant confirmedAt;

    @Column(name = "waitlist_position")
    private @Nullable Long waitlistPosition;

    @Column(name = "promoted_at")
    private @Nullable Instant promotedAt;

    @Column(name = "cancelled_at")
    private @Nullable Instant cancelledAt;

    @Column(name = "status_changed_at", nullable = false)
    private Instant statusChangedAt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "made_by_kind", nullable = false, length = 20)
    private MadeBy madeBy;

    @Column(name = "made_by_account", length = 254)
    private @Nullable String madeByAccount;

    @Column(name = "anonymised_at")
    private @Nullable Instant anonymisedAt;

    @Column(name = "person_key", length = 64)
    private @Nullable String personKey;

    /** On location or online, for a hybrid session only. */
    @Enumerated(EnumType.STRING)
    @Column(name = "attendance_mode", length = 20)
    private AttendanceMode attendance;

    /** What the participant answered to the current version of their calendar invite (module replies reads it). */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "calendar_answer", length = 20)
    private @Nullable CalendarAnswer calendarAnswer;

    @Column(name = "calendar_answered_at")
    private @Nullable Instant calendarAnsweredAt;

    @Version
    private long version;

    /** What an anonymised registration shows instead of the name. */
    public static final String ANONYMISED_NAME = "Geanonimiseerd";
    /** The domain of an anonymised registration's address: the reserved TLD .invalid never receives mail (RFC 2606). */
    public static final String ANONYMISED_DOMAIN = "anoniem.invalid";

    protected Registration() {
    }

    @SuppressWarnings("NullAway.Init") // status: requested() and onBehalf() set it right after
    private Registration(long sessionId, ParticipantDetails details, MadeBy madeBy, @Nullable String madeByAccount,
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

    /** Awaiting approval holds no seat and tells no other module yet; the griffie's digest finds it. */
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
        calendarAnswer = null; // a new invite goes out, and asks again
        calendarAnsweredAt = null;
        registerEvent(new RegistrationConfirmed(id, sessionId));
    }

    void joinWaitlist(long position, Instant now) {
        move(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION, RegistrationStatus.AWAITING_APPROVAL),
                RegistrationStatus.WAITLISTED, now);
        if (confirmedAt == null) {
            confirmedAt = now;
        }
        waitlistPosition = position;
        registerEvent(new RegistrationWaitlisted(id, sessionId, position));
    }

    void promote(Instant now) {
        move(EnumSet.of(RegistrationStatus.WAITLISTED), RegistrationStatus.CONFIRMED, now);
        promotedAt = now;
        calendarAnswer = null;
        calendarAnsweredAt = null;
        registerEvent(new WaitlistPromoted(id, sessionId));
    }

    /**
     * Gives this registration's seat to someone else: this one ends without freeing its seat, and
     * the substitute, once saved (it needs an id for its event), takes that seat with
     * {@link #takeSeat} while the seat ledger stays as it is ({@link Seats#handOver}).
     */
    Registration substituteBy(ParticipantDetails substitute, MadeBy by, String account, String manageTokenHash, Instant now) {
        move(EnumSet.of(RegistrationStatus.CONFIRMED), RegistrationStatus.CANCELLED, now);
        cancelledAt = now;
        registerEvent(new RegistrationCancelled(id, sessionId, false));
        return onBehalf(sessionId, substitute, by, account, manageTokenHash, now);
    }

    void reject(Instant now) {
        move(EnumSet.of(RegistrationStatus.AWAITING_APPROVAL), RegistrationStatus.REJECTED, now);
    }

    void expire(Instant now) {
        move(EnumSet.of(RegistrationStatus.PENDING_CONFIRMATION), RegistrationStatus.EXPIRED, now);
        registerEvent(new RegistrationExpired(id, sessionId));
    }

    /** @return whether the registration held a seat that is now free */
    boolean cancel(Instant now) {
        boolean heldSeat = status == RegistrationStatus.CONFIRMED;
        move(RegistrationStatus.ACTIVE, RegistrationStatus.CANCELLED, now);
        cancelledAt = now;
        registerEvent(new RegistrationCancelled(id, sessionId, heldSeat));
        return heldSeat;
    }

    /**
     * The participant changes their own needs and remarks (through the manage link): what changed
     * is announced, so they get a mail that says so (whoever holds a link learns of its use). A
     * griffie's or organiser's correction ({@link #changeNeeds}) is not mailed.
     */
    void changeOwnNeeds(String newAccessibilityNeeds, String newDietaryNeeds, String newRemarks) {
        var changed = new ArrayList<String>();
        if (!Objects.equals(accessibilityNeeds, newAccessibilityNeeds)) {
            changed.add("accessibilityNeeds");
        }
        if (!Objects.equals(dietaryNeeds, newDietaryNeeds)) {
            changed.add("dietaryNeeds");
        }
        if (!Objects.equals(remarks, newRemarks)) {
            changed.add("remarks");
        }
        changeNeeds(newAccessibilityNeeds, newDietaryNeeds, newRemarks);
        if (!changed.isEmpty()) {
            registerEvent(new RegistrationChanged(id, sessionId, java.util.List.copyOf(changed)));
        }
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

    /**
     * The participant answered their calendar invite (accepted, tentative, declined). Only a fact
     * to show: a decline cancels through {@link Seats}, not here. Announces nothing.
     */
    void answerInCalendar(CalendarAnswer answer, Instant at) {
        calendarAnswer = Objects.requireNonNull(answer);
        calendarAnsweredAt = at;
    }

    /** The invite will ask again (the session moved): the earlier answer no longer holds. @return whether there was one */
    boolean forgetCalendarAnswer() {
        if (calendarAnswer == null) {
            return false;
        }
        calendarAnswer = null;
        calendarAnsweredAt = null;
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

    /**
     * Demo data only ({@code DemoRegistrations}): a registration of a person who does not exist is
     * not announced, so no module sends it an invite or a mail.
     */
    void keepQuiet() {
        clearDomainEvents();
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    public @Nullable Instant getAnonymisedAt() {
        return anonymisedAt;
    }

    @Nullable String getPersonKey() {
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

    public @Nullable String getFractie() {
        return fractie;
    }

    public @Nullable String getAccessibilityNeeds() {
        return accessibilityNeeds;
    }

    public @Nullable String getDietaryNeeds() {
        return dietaryNeeds;
    }

    public @Nullable String getRemarks() {
        return remarks;
    }

    public String getLanguage() {
        return language;
    }

    /** On location or online for a hybrid session; null for any other session. */
    public AttendanceMode getAttendance() {
        return attendance;
    }

    public @Nullable CalendarAnswer getCalendarAnswer() {
        return calendarAnswer;
    }

    public @Nullable Instant getCalendarAnsweredAt() {
        return calendarAnsweredAt;
    }

    public RegistrationStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Instant getExpiresAt() {
        return expiresAt;
    }

    public @Nullable Instant getConfirmedAt() {
        return confirmedAt;
    }

    public @Nullable Long getWaitlistPosition() {
        return waitlistPosition;
    }

    public @Nullable Instant getPromotedAt() {
        return promotedAt;
    }

    public Instant getStatusChangedAt() {
        return statusChangedAt;
    }

    public MadeBy getMadeBy() {
        return madeBy;
    }

    public @Nullable String getMadeByAccount() {
        return madeByAccount;
    }

    String getManageTokenHash() {
        return manageTokenHash;
    }

    public long getVersion() {
        return version;
    }
}
