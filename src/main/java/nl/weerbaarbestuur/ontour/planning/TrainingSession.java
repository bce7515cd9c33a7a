package nl.weerbaarbestuur.ontour.planning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.MessageKey;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One training session of a tour in a province. It guards its own life cycle: only a draft can be
 * published, a cancelled session stays cancelled, and the end always follows the start.
 * <p>
 * What participants and trainers must hear of (its publication, a revision of a published session,
 * its cancellation) it registers as {@link SessionEvents}; the repository publishes them when the
 * session is saved (Spring Data's {@link AbstractAggregateRoot}), into the event publication
 * registry, so each such change ends with {@code sessions.save(...)}. The events need the id: a
 * session that is published before its first save (demo data, test fixtures) is new to everyone
 * and announces nothing, as before.
 */
@Entity
@Table(name = "training_session")
public class TrainingSession extends AbstractAggregateRoot<TrainingSession> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "tour_id")
    private Tour tour;

    @Column(name = "province_code", nullable = false, length = 2)
    private String provinceCode;

    @Column(nullable = false, length = 160)
    private String title;

    @Column(length = 160)
    private @Nullable String topic;

    @Column(length = 4000)
    private @Nullable String description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "venue_id")
    private @Nullable Venue venue;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SessionFormat format;

    @Column(name = "meeting_url", length = 500)
    private @Nullable String meetingUrl;

    @Column(nullable = false)
    private int capacity;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private Audience audience;

    @Column(name = "registration_opens_at")
    private @Nullable Instant registrationOpensAt;

    @Column(name = "registration_closes_at")
    private @Nullable Instant registrationClosesAt;

    @Column(name = "griffie_approval_required", nullable = false)
    private boolean griffieApprovalRequired;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private SessionStatus status = SessionStatus.DRAFT;

    @Column(name = "cancellation_reason", length = 1000)
    private @Nullable String cancellationReason;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "training_session_trainer",
            joinColumns = @JoinColumn(name = "training_session_id"),
            inverseJoinColumns = @JoinColumn(name = "trainer_id"))
    private Set<Trainer> trainers = new LinkedHashSet<>();

    /** Besloten: absent from the public catalogue, API and feeds; reached only through the invitation link. */
    @Column(nullable = false)
    private boolean closed;

    @Column(name = "invitation_token_hash", length = 64)
    private @Nullable String invitationTokenHash;

    /** The invitation token itself, encrypted with the data key (see SessionInvitations). */
    @Column(name = "invitation_token", length = 200)
    private @Nullable String invitationToken;

    @Column(name = "invitation_created_at")
    private @Nullable Instant invitationCreatedAt;

    @Column(name = "invitation_revoked_at")
    private @Nullable Instant invitationRevokedAt;

    @Version
    private long version;

    protected TrainingSession() {
    }

    @SuppressWarnings("NullAway.Init") // reschedule() below sets startsAt and endsAt after its checks
    public TrainingSession(Tour tour, String provinceCode, String title, Instant startsAt, Instant endsAt,
                           SessionFormat format, int capacity, Audience audience) {
        this.tour = tour;
        this.provinceCode = provinceCode;
        this.title = title;
        this.format = format;
        this.capacity = capacity;
        this.audience = audience;
        reschedule(startsAt, endsAt);
    }

    /**
     * Applies an organiser's revision. Only drafts and published sessions can change; the rules
     * (PlanningRules) have checked the values before. A published session registers what changed
     * for its participants and trainers (time, place, capacity, trainers), one event each.
     *
     * @return what changed, for the session's history
     */
    SessionRevision revise(Tour newTour, String newProvinceCode, String newTitle, @Nullable String newTopic,
                           @Nullable String newDescription, Instant newStart, Instant newEnd, SessionFormat newFormat,
                           @Nullable Venue newVenue, @Nullable String newMeetingUrl, int newCapacity, Audience newAudience,
                           Set<Trainer> newTrainers, @Nullable Instant opensAt, @Nullable Instant closesAt,
                           boolean approvalRequired) {
        requireEditable();
        var before = SessionRevision.Logistics.of(this);
        if (!newStart.equals(startsAt) || !newEnd.equals(endsAt)) {
            reschedule(newStart, newEnd);
        }
        this.tour = newTour;
        this.provinceCode = newProvinceCode;
        this.title = newTitle;
        this.format = newFormat;
        this.capacity = newCapacity;
        this.audience = newAudience;
        describe(newTopic, newDescription);
        holdAt(newFormat.hasVenue() ? newVenue : null, newFormat.hasMeetingLink() ? newMeetingUrl : null);
        assignTrainers(newTrainers);
        openRegistration(opensAt, closesAt);
        requireGriffieApproval(approvalRequired);
        var revision = new SessionRevision(before, SessionRevision.Logistics.of(this));
        if (status == SessionStatus.PUBLISHED) {
            revision.events(id).forEach(this::registerEvent);
        }
        return revision;
    }

    void requireEditable() {
        if (status == SessionStatus.CANCELLED || status == SessionStatus.COMPLETED) {
            throw new BusinessRuleException("session.error.not-editable", new MessageKey("status." + status.name()));
        }
    }

    public void reschedule(Instant newStart, Instant newEnd) {
        if (newStart == null || newEnd == null || !newEnd.isAfter(newStart)) {
            throw new BusinessRuleException("session.error.end-before-start");
        }
        this.startsAt = newStart;
        this.endsAt = newEnd;
    }

    public void describe(@Nullable String newTopic, @Nullable String newDescription) {
        this.topic = newTopic;
        this.description = newDescription;
    }

    public void holdAt(@Nullable Venue newVenue, @Nullable String newMeetingUrl) {
        this.venue = newVenue;
        this.meetingUrl = newMeetingUrl;
    }

    public void assignTrainers(Set<Trainer> newTrainers) {
        this.trainers.clear();
        this.trainers.addAll(newTrainers);
    }

    public void openRegistration(@Nullable Instant opensAt, @Nullable Instant closesAt) {
        if (closesAt != null && closesAt.isAfter(startsAt)) {
            throw new BusinessRuleException("session.error.registration-closes-after-start");
        }
        this.registrationOpensAt = opensAt;
        this.registrationClosesAt = closesAt;
    }

    public void requireGriffieApproval(boolean required) {
        this.griffieApprovalRequired = required;
    }

    public void publish() {
        if (status != SessionStatus.DRAFT) {
            throw new BusinessRuleException("session.error.publish-not-draft", statusName());
        }
        status = SessionStatus.PUBLISHED;
        if (id != null) {
            registerEvent(new SessionPublished(id, provinceCode, startsAt, endsAt));
        }
    }

    public void complete() {
        if (status != SessionStatus.PUBLISHED) {
            throw new BusinessRuleException("session.error.complete-not-published", statusName());
        }
        status = SessionStatus.COMPLETED;
    }

    public void cancel(String reason) {
        if (status == SessionStatus.CANCELLED || status == SessionStatus.COMPLETED) {
            throw new BusinessRuleException("session.error.cancel-not-open", statusName());
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("session.error.cancel-reason-required");
        }
        boolean wasPublished = status == SessionStatus.PUBLISHED;
        var stripped = reason.strip();
        status = SessionStatus.CANCELLED;
        cancellationReason = stripped;
        if (id != null) {
            registerEvent(new SessionCancelled(id, wasPublished, stripped));
        }
    }

    void markClosed(boolean closedNow) {
        this.closed = closedNow;
    }

    /** A new invitation link replaces the old one, which stops working. */
    void invite(String tokenHash, String encryptedToken, Instant now) {
        this.invitationTokenHash = tokenHash;
        this.invitationToken = encryptedToken;
        this.invitationCreatedAt = now;
        this.invitationRevokedAt = null;
    }

    void revokeInvitation(Instant now) {
        if (invitationTokenHash != null) {
            this.invitationTokenHash = null;
            this.invitationToken = null;
            this.invitationRevokedAt = now;
        }
    }

    private MessageKey statusName() {
        return new MessageKey("status." + status.name());
    }

    public Long getId() {
        return id;
    }

    public Tour getTour() {
        return tour;
    }

    public String getProvinceCode() {
        return provinceCode;
    }

    public String getTitle() {
        return title;
    }

    public @Nullable String getTopic() {
        return topic;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public @Nullable Venue getVenue() {
        return venue;
    }

    public SessionFormat getFormat() {
        return format;
    }

    public @Nullable String getMeetingUrl() {
        return meetingUrl;
    }

    public int getCapacity() {
        return capacity;
    }

    public Audience getAudience() {
        return audience;
    }

    public @Nullable Instant getRegistrationOpensAt() {
        return registrationOpensAt;
    }

    public @Nullable Instant getRegistrationClosesAt() {
        return registrationClosesAt;
    }

    public boolean isGriffieApprovalRequired() {
        return griffieApprovalRequired;
    }

    public SessionStatus getStatus() {
        return status;
    }

    public @Nullable String getCancellationReason() {
        return cancellationReason;
    }

    public Set<Trainer> getTrainers() {
        return Collections.unmodifiableSet(trainers);
    }

    public boolean isClosed() {
        return closed;
    }

    @Nullable String getInvitationTokenHash() {
        return invitationTokenHash;
    }

    @Nullable String getInvitationToken() {
        return invitationToken;
    }

    @Nullable Instant getInvitationCreatedAt() {
        return invitationCreatedAt;
    }

    @Nullable Instant getInvitationRevokedAt() {
        return invitationRevokedAt;
    }

    public long getVersion() {
        return version;
    }
}
