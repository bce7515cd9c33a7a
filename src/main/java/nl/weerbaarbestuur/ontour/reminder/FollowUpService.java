package nl.weerbaarbestuur.ontour.reminder;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import nl.weerbaarbestuur.ontour.attendance.AttendanceRecords;
import nl.weerbaarbestuur.ontour.notification.FollowUpSettings;
import nl.weerbaarbestuur.ontour.notification.MailOutbox;
import nl.weerbaarbestuur.ontour.notification.MailTemplates;
import nl.weerbaarbestuur.ontour.notification.MailType;
import nl.weerbaarbestuur.ontour.notification.OutgoingMessage;
import nl.weerbaarbestuur.ontour.planning.PlanningService;
import nl.weerbaarbestuur.ontour.planning.SessionFacts;
import nl.weerbaarbestuur.ontour.registration.Attendees;
import nl.weerbaarbestuur.ontour.shared.DutchTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up the day after a session, for those who were checked in: thanks, where to give
 * feedback, and where to find support (the Ondersteuningsteam and its vertrouwenspersonen). Due
 * from 09:00 Amsterdam time the day after the session ended, for a week (later it would only
 * surprise); once per registration (the outbox key names it), also after a restart.
 */
@Service
public class FollowUpService {

    static final LocalTime SEND_FROM = LocalTime.of(9, 0);
    static final Duration STALE_AFTER = Duration.ofDays(7);

    private final PlanningService planning;
    private final AttendanceRecords attendance;
    private final Attendees attendees;
    private final MailTemplates templates;
    private final MailOutbox outbox;
    private final Clock clock;
    private final String feedbackUrl;
    private final String supportContact;

    FollowUpService(PlanningService planning, AttendanceRecords attendance, Attendees attendees, MailTemplates templates,
                    MailOutbox outbox, Clock clock,
                    FollowUpSettings settings) {
        this.planning = planning;
        this.attendance = attendance;
        this.attendees = attendees;
        this.templates = templates;
        this.outbox = outbox;
        this.clock = clock;
        this.feedbackUrl = settings.feedbackUrl();
        this.supportContact = settings.supportContact();
    }

    /** When the follow-up of a session ending at {@code endsAt} becomes due: 09:00 the next day. */
    static Instant dueFrom(Instant endsAt) {
        var nextDay = LocalDate.ofInstant(endsAt, DutchTime.ZONE).plusDays(1);
        return nextDay.atTime(SEND_FROM).atZone(DutchTime.ZONE).toInstant();
    }

    /** Sessions whose follow-up is due now. */
    @Transactional(readOnly = true)
    public List<Long> sessionsDue() {
        var now = clock.instant();
        return planning.heldEndingBetween(now.minus(STALE_AFTER).minus(Duration.ofDays(1)), now).stream()
                .filter(s -> isDue(s, now)).map(SessionFacts::id).toList();
    }

    private static boolean isDue(SessionFacts session, Instant now) {
        var from = dueFrom(session.endsAt());
        return !now.isBefore(from) && now.isBefore(from.plus(STALE_AFTER));
    }

    /** Stores the follow-up for everyone checked in at the session; returns how many are new. */
    @Transactional
    public int followUp(long sessionId) {
        var now = clock.instant();
        var session = planning.find(sessionId).orElse(null);
        if (session == null || !isDue(session, now)) {
            return 0;
        }
        int stored = 0;
        for (var registrationId : attendance.checkedIn(sessionId)) {
            var attendee = attendees.find(registrationId).orElse(null);
            if (attendee == null) {
                continue;
            }
            var content = templates.render(MailType.FOLLOW_UP, attendee.language(), Map.of(
                    "naam", attendee.fullName(),
                    "sessie", session.title(),
                    "feedbacklink", feedbackUrl.isBlank() ? "mailto:" + session.organiserEmail() : feedbackUrl,
                    "steun", supportContact.isBlank() ? session.organiserEmail() : supportContact,
                    "tour", session.tourName()));
            if (outbox.enqueue(new OutgoingMessage("follow-up:" + registrationId, MailType.FOLLOW_UP.name(),
                    attendee.language(), attendee.email(), content.subject(), content.text())
                    .from(session.tourName(), session.organiserEmail()))) {
                stored++;
            }
        }
        return stored;
    }
}
