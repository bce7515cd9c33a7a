package nl.weerbaarbestuur.ontour.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.audit.AccessLog;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.registration.OwnRegistration;
import nl.weerbaarbestuur.ontour.registration.Attendee;
import nl.weerbaarbestuur.ontour.registration.ParticipantRegistrations;
import nl.weerbaarbestuur.ontour.replies.ReplyLog;
import nl.weerbaarbestuur.ontour.shared.BusinessRuleException;
import nl.weerbaarbestuur.ontour.shared.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Inzage (AVG art. 15): everything the platform holds about the person behind a manage link. The
 * person is the registration's e-mail address (lower-case, trimmed): their registrations in every
 * session and status, the mails sent to that address (type, subject, dates, status; never bodies,
 * which hold personal links), what attendance recorded, the answers to calendar invites read from
 * the reply mailbox (about their registrations or sent from their address), and the access log's
 * looks at lists that held them. Nothing about anyone else: other attendees of the same sessions are never read.
 *
 * <p>The key is the manage link's token while that link still shows personal data, or else a
 * mailed inzage link ({@link InzageLinks}) while it is valid; an unknown, revoked or expired token
 * gives nothing, and so does an anonymised registration.
 */
@Service
public class Inzage {

    private static final Logger log = LoggerFactory.getLogger(Inzage.class);

    /** The whole inzage; the JSON download has exactly this shape (field names are stable). */
    public record PersonalData(Instant generatedAt, Subject subject, List<RegistrationData> registrations,
                               List<MailData> mails, List<CheckInData> checkIns, List<AccessData> accessLog,
                               List<CalendarReplyData> calendarReplies) {
    }

    public record Subject(String name, String email) {
    }

    public record SessionData(long id, @Nullable String title, @Nullable Instant startsAt, @Nullable Instant endsAt,
                              @Nullable String venue) {
    }

    public record RegistrationData(long id, SessionData session, String status, @Nullable Long waitlistPosition,
                                   String fullName, String email, @Nullable String function, @Nullable String fractie,
                                   String province, @Nullable String accessibilityNeeds, @Nullable String dietaryNeeds,
                                   @Nullable String remarks, String language, String madeBy, Instant createdAt,
                                   @Nullable Instant confirmedAt, @Nullable Instant statusChangedAt) {
    }

    public record MailData(String type, String subject, Instant createdAt, @Nullable Instant sentAt, String status) {
    }

    public record CheckInData(long registrationId, long sessionId, @Nullable String sessionTitle, @Nullable Instant checkedInAt, boolean walkIn,
                              boolean noShow) {
    }

    /** A reply to a calendar invite read from the reply mailbox: its PARTSTAT (null when none could be read) and outcome. */
    public record CalendarReplyData(Instant receivedAt, @Nullable String answer, String outcome, @Nullable Long registrationId) {
    }

    /**
     * A look by staff: the role and, for a griffie, the provinces it covers; {@code aboutYouOnly}:
     * it was this person's own details, not a list they were on; {@code rowCount}: how many people
     * that list held.
     */
    public record AccessData(Instant at, String role, @Nullable String provinces, String action, @Nullable Long sessionId,
                             @Nullable String sessionTitle,
                             boolean aboutYouOnly, int rowCount) {
    }

    private final ParticipantRegistrations registrationService;
    private final Attendees attendees;
    private final MailOutbox outbox;
    private final AttendanceRecords attendance;
    private final AccessLog accessLog;
    private final PlanningService planning;
    private final JsonMapper json;
    private final Clock clock;
    private final InzageLinks links;
    private final ReplyLog replyLog;

    Inzage(ParticipantRegistrations registrationService, Attendees attendees, MailOutbox outbox, AttendanceRecords attendance,
           AccessLog accessLog, PlanningService planning, JsonMapper json, Clock clock, InzageLinks links, ReplyLog replyLog) {
        this.replyLog = replyLog;
        this.links = links;
        this.registrationService = registrationService;
        this.attendees = attendees;
        this.outbox = outbox;
        this.attendance = attendance;
        this.accessLog = accessLog;
        this.planning = planning;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The inzage of the person behind this manage link; empty for an unknown or revoked link and for
     * one that shows the status only (the person asks for a mailed link there, {@link InzageLinks}).
     * Deliberately without a transaction of its own: an unknown token makes the registration
     * service throw, which would mark a surrounding transaction rollback-only; each read below
     * runs in its own read-only transaction instead.
     */
    public Optional<PersonalData> forManageToken(String manageToken) {
        Attendee own;
        try {
            own = registrationService.byManageToken(manageToken);
        } catch (BusinessRuleException | NotFoundException unknown) {
            return Optional.empty();
        }
        if (registrationService.showsStatusOnly(own)) {
            // The link of an ended registration shows the status only: a leaked old link reveals nothing.
            return Optional.empty();
        }
        return Optional.of(of(own.registrationId(), own.fullName(), own.email()));
    }

    /**
     * The inzage behind a mailed inzage link (the raw token), while it is valid; empty for an
     * unknown or expired link and for a registration anonymised in the meantime.
     */
    public Optional<PersonalData> forInzageLink(String linkToken) {
        return links.registrationOf(linkToken).flatMap(attendees::find).filter(a -> !a.isAnonymised())
                .map(a -> of(a.registrationId(), a.fullName(), a.email()));
    }

    /** {@link #forInzageLink} as the JSON download. */
    public Optional<byte[]> jsonForInzageLink(String linkToken) {
        return forInzageLink(linkToken).map(this::bytes);
    }

    private PersonalData of(long ownId, String fullName, String email) {
        var sessions = new HashMap<Long, Optional<SessionFacts>>();
        List<OwnRegistration> held = attendees.sameAddress(email);
        var registrations = held.stream().map(r -> registration(r, session(sessions, r.sessionId()))).toList();
        var mails = outbox.sentTo(email).stream()
                .map(m -> new MailData(m.type(), m.subject(), m.createdAt(), m.sentAt(), m.status().name())).toList();
        var checkIns = attendance.ofRegistrations(held.stream().map(OwnRegistration::registrationId).toList()).stream()
                .map(c -> new CheckInData(c.registrationId(), c.sessionId(), title(session(sessions, c.sessionId())),
                        c.checkedInAt(), c.walkIn(), c.noShow())).toList();
        var looks = accessLog.concerning(held.stream()
                        .map(r -> new AccessLog.Holding(r.registrationId(), r.sessionId(), r.provinceCode(), r.createdAt())).toList())
                .stream().map(s -> new AccessData(s.at(), s.staffRole(), s.provinces(), s.action().name(), s.sessionId(),
                        s.sessionTitle(), s.aboutYouOnly(), s.rowCount())).toList();
        var replies = replyLog.concerning(held.stream().map(OwnRegistration::registrationId).toList(), email).stream()
                .map(e -> new CalendarReplyData(e.handledAt(), e.answer(), e.outcome(), e.registrationId())).toList();
        log.info("Inzage for registration {}: {} registrations, {} mails, {} check-ins, {} looks, {} calendar replies", ownId,
                registrations.size(), mails.size(), checkIns.size(), looks.size(), replies.size());
        return new PersonalData(clock.instant(), new Subject(fullName, email), registrations, mails, checkIns, looks, replies);
    }

    /** The same inzage as UTF-8 JSON (indented), for the download; empty for an unknown or revoked link. */
    public Optional<byte[]> json(String manageToken) {
        return forManageToken(manageToken).map(this::bytes);
    }

    private byte[] bytes(PersonalData data) {
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(data);
    }

    private Optional<SessionFacts> session(Map<Long, Optional<SessionFacts>> cache, long id) {
        return cache.computeIfAbsent(id, planning::find);
    }

    private static @Nullable String title(Optional<SessionFacts> session) {
        return session.map(SessionFacts::title).orElse(null);
    }

    private static RegistrationData registration(OwnRegistration r, Optional<SessionFacts> session) {
        var sessionData = new SessionData(r.sessionId(), title(session), session.map(SessionFacts::startsAt).orElse(null),
                session.map(SessionFacts::endsAt).orElse(null), session.map(s -> s.place().name()).orElse(null));
        return new RegistrationData(r.registrationId(), sessionData, r.status().name(), r.waitlistPosition(), r.fullName(),
                r.email(), r.function() == null ? null : r.function().name(), r.fractie(), r.provinceCode(),
                r.accessibilityNeeds(), r.dietaryNeeds(), r.remarks(), r.language(), r.madeBy().name(), r.createdAt(),
                r.confirmedAt(), r.statusChangedAt());
    }
}
